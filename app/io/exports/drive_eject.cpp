// Flush and eject request for a USB stick.
#include "io/exports/drive_eject.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace io {

bool requestEject(const std::string& directory, const std::string& name, std::string& error) {
    const char* requests = std::getenv("REPERE_EJECT_DIR");
    if (!requests || !*requests) { error = "REPERE_EJECT_DIR"; return false; }
    const int dir = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0) { error = std::strerror(errno); return false; }
    const bool synced = ::syncfs(dir) == 0;
    if (!synced) error = std::strerror(errno);
    ::close(dir);
    if (!synced) return false;
    if (::mkdir(requests, 0700) != 0 && errno != EEXIST) { error = std::strerror(errno); return false; }
    const std::string request = std::string(requests) + "/" + name;
    const int fd = ::open(request.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) { error = std::strerror(errno); return false; }
    ::close(fd);
    return true;
}

} // namespace io
