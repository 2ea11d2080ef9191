// The content loader's file source and the words shared by both systems' readers
// (content_file_read.cpp on Linux, windows/content_file_read.cpp).
#include "io/content/content_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace io {

using namespace core;  // io works on the core's types

std::string contentFileTooLarge(size_t limit) {
    const size_t mb = 1024 * 1024;
    return "file is larger than " + (limit % mb == 0 ? std::to_string(limit / mb) + " MB" : std::to_string(limit) + " bytes");
}

FileBytes readBounded(const ReadSome& readSome, size_t limit) {
    std::string bytes;
    char buffer[65536];
    while (bytes.size() <= limit) {
        const size_t want = std::min(sizeof buffer, limit + 1 - bytes.size());
        const long got = readSome(buffer, want);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return FileBytes::refused(std::string("cannot read file: ") + std::strerror(errno));
        if (got == 0) break;
        bytes.append(buffer, static_cast<size_t>(got));
    }
    // The file may have grown since it was looked at: the bytes read are what counts.
    if (bytes.size() > limit) return FileBytes::refused(contentFileTooLarge(limit));
    return FileBytes{std::move(bytes)};
}

core::FileSource contentFileSource() {
    return [](const std::string& path) { return readContentFile(path); };
}

core::LoadResult loadContent(const std::string& directory) {
    return core::loadContent(directory, contentFileSource());
}

} // namespace io
