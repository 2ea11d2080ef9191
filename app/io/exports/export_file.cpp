// Export file creation with open(2) flags that refuse planted symlinks and existing files.
#include "io/exports/export_file.h"

#include "core/team/export_name.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace io {
namespace {

bool writeAll(int fd, const std::string& bytes) {
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

} // namespace

ExportWritten writeNewFile(const std::string& directory, const std::string& name, const std::string& bytes) {
    ExportWritten result;
    mkdir(directory.c_str(), 0700);  // the data directory's exports folder may not exist yet
    // The directory itself must not be a symlink either.
    const int dir = open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dir < 0) { result.errorNumber = errno; result.error = directory + ": " + std::strerror(errno); return result; }
    int fd = -1;
    std::string chosen;
    for (int n = 1; n <= 99 && fd < 0; ++n) {
        chosen = core::numberedFileName(name, n);
        fd = openat(dir, chosen.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) {
        result.errorNumber = errno;
        result.error = directory + "/" + chosen + ": " + std::strerror(errno);
        close(dir);
        return result;
    }
    const bool written = writeAll(fd, bytes) && fsync(fd) == 0;
    const int savedErrno = errno;
    close(fd);
    if (!written) {
        unlinkat(dir, chosen.c_str(), 0);  // never leave half a file under the real name
        result.errorNumber = savedErrno;
        result.error = directory + "/" + chosen + ": " + std::strerror(savedErrno);
        close(dir);
        return result;
    }
    fsync(dir);  // the new directory entry reaches the device too
    close(dir);
    result.ok = true;
    result.path = directory + "/" + chosen;
    return result;
}

} // namespace io
