// The content loader's file source and the words shared by both systems' readers
// (content_file_read.cpp on Linux, windows/content_file_read.cpp).
#include "io/content_file.h"

namespace io {

using namespace core;  // io works on the core's types

std::string contentFileTooLarge(size_t limit) {
    const size_t mb = 1024 * 1024;
    return "file is larger than " + (limit % mb == 0 ? std::to_string(limit / mb) + " MB" : std::to_string(limit) + " bytes");
}


core::FileSource contentFileSource() {
    return [](const std::string& path) { return readContentFile(path); };
}

core::LoadResult loadContent(const std::string& directory) {
    return core::loadContent(directory, contentFileSource());
}

} // namespace io
