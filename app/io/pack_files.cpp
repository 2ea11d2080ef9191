// See pack_files.h. Every file this writes is created with O_EXCL and O_NOFOLLOW, so a
// link planted in a staging or data directory is never written through.
#include "io/pack_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "io/content_file.h"

namespace io {
namespace {

// Writes `text` to a new file at `path` with `mode`, to disk (fsync). False with `error` set.
bool writeNew(const std::string& path, const std::string& text, mode_t mode, std::string& error) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0) { error = "cannot create " + path + ": " + std::strerror(errno); return false; }
    size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += static_cast<size_t>(n);
    }
    const bool ok = done == text.size() && ::fsync(fd) == 0;
    if (!ok) error = "cannot write " + path + ": " + std::strerror(errno);
    ::close(fd);
    if (!ok) std::remove(path.c_str());
    return ok;
}

} // namespace

core::FileBytes readPackFile(const std::string& path) { return readContentFile(path, core::kMaxPackBytes); }

bool unpackInto(const core::ContentPack& pack, const std::string& directory, std::string& error) {
    for (const auto& f : pack.files) {
        if (!writeNew(directory + "/" + f.name, f.bytes, 0644, error)) return false;
    }
    return true;
}

std::string trustedKeysPath(const std::string& dataDirectory) { return dataDirectory + "/trusted-keys"; }

std::vector<core::TrustedKey> loadTrustedKeys(const std::string& dataDirectory, std::vector<std::string>& problems) {
    const std::string path = trustedKeysPath(dataDirectory);
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0 && errno == ENOENT) return {};
    const core::FileBytes file = readContentFile(path, 64 * 1024);
    if (!file.bytes) {
        problems.push_back(path + ": " + file.problem + "; no key is trusted");
        return {};
    }
    return core::parseTrustedKeys(*file.bytes, problems);
}

bool saveTrustedKeys(const std::string& dataDirectory, const std::vector<core::TrustedKey>& keys, std::string& error) {
    if (::mkdir(dataDirectory.c_str(), 0700) != 0 && errno != EEXIST) {
        error = "cannot create " + dataDirectory + ": " + std::strerror(errno);
        return false;
    }
    // Whole or nothing: a new file beside it, renamed over the old one.
    const std::string path = trustedKeysPath(dataDirectory);
    const std::string temporary = path + ".new-" + std::to_string(::getpid());
    std::remove(temporary.c_str());
    if (!writeNew(temporary, core::trustedKeysText(keys), 0600, error)) return false;
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        error = "cannot rename " + temporary + " to " + path + ": " + std::strerror(errno);
        std::remove(temporary.c_str());
        return false;
    }
    return true;
}

bool writeNewPrivateFile(const std::string& path, const std::string& text, std::string& error) {
    return writeNew(path, text, 0600, error);
}

bool writeNewFile(const std::string& path, const std::string& text, std::string& error) { return writeNew(path, text, 0644, error); }

} // namespace io
