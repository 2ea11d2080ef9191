// See whole_file.h. Linux: O_CREAT|O_EXCL|O_NOFOLLOW with the mode given at creation, so
// the file is never readable by others, not even for a moment.
#include "io/store/whole_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace io {
namespace {

FileWritten failed(const std::string& what, int error) {
    FileWritten result;
    result.errorNumber = error;
    result.error = what + ": " + std::strerror(error);
    return result;
}

bool writeAll(int fd, const std::string& bytes) {
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) { if (n == 0) errno = EIO; return false; }
        done += static_cast<size_t>(n);
    }
    return true;
}

} // namespace

FileWritten createWholeFile(const std::string& path, const std::string& bytes, Readers readers) {
    const mode_t mode = readers == Readers::Owner ? (S_IRUSR | S_IWUSR) : (S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0) return failed("cannot create " + path, errno);
    if (readers == Readers::Owner) ::fchmod(fd, mode);  // the umask may only narrow the mode, but say it anyway
    const bool ok = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (ok) return FileWritten{true, {}, 0};
    std::remove(path.c_str());  // never half a file under the real name
    return failed("cannot write " + path, error);
}

} // namespace io
