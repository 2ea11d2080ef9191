// Bounded, non-blocking reading of one content file on Linux (open flags decide what may
// be opened before a single byte is read).
#include "io/content/content_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace io {

using namespace core;  // io works on the core's types
namespace {

class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor() { if (fd_ >= 0) ::close(fd_); }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }
private:
    int fd_;
};

std::string openProblem(int error) {
    switch (error) {
    case ENOENT: return "cannot open file (every content directory needs it)";
    case ELOOP: return "is a symbolic link: content files must be regular files inside the content directory";
    case ENXIO: return "is not a regular file (a socket or device): content files must be regular files";
    default: return std::string("cannot open file: ") + std::strerror(error);
    }
}

} // namespace

FileBytes readContentFile(const std::string& path, size_t limit) {
    // O_NONBLOCK: opening a FIFO with no writer must not wait; O_NOFOLLOW: a link to
    // /dev/zero or outside the directory is refused before anything is read.
    Descriptor fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (fd.get() < 0) return FileBytes::refused(openProblem(errno));
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) return FileBytes::refused(std::string("cannot read file: ") + std::strerror(errno));
    if (S_ISDIR(info.st_mode)) return FileBytes::refused("is a directory, not a file");
    if (!S_ISREG(info.st_mode)) {
        return FileBytes::refused("is not a regular file (a FIFO, socket or device): content files must be regular files");
    }
    if (static_cast<unsigned long long>(info.st_size) > limit) {
        return FileBytes::refused(contentFileTooLarge(limit));
    }
    // readBounded: a read that fails part-way (a stick pulled out) gives nothing.
    return readBounded([&fd](char* into, size_t most) { return static_cast<long>(::read(fd.get(), into, most)); }, limit);
}

} // namespace io
