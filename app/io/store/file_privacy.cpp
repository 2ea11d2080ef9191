// The store's file times and mode on Linux.
#include "io/store/file_privacy.h"

#include <fcntl.h>
#include <sys/stat.h>

namespace io {

void setFileTimes(const std::string& path, std::time_t when) {
    const struct timespec times[2] = {{when, 0}, {when, 0}};
    utimensat(AT_FDCWD, path.c_str(), times, 0);
}

void keepToOwner(const std::string& path) { chmod(path.c_str(), S_IRUSR | S_IWUSR); }

} // namespace io
