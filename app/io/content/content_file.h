// Reads one content file from disk for the loader: only a regular file (never a symbolic
// link, FIFO, device or directory), opened without blocking, and never more than the
// size limit plus one byte. Content comes from USB sticks prepared by other people.
#pragma once
#include <functional>
#include <string>

#include "core/content/content_loader.h"
#include "core/content/file_bytes.h"

namespace io {

// Reads whatever `readSome` gives (into a buffer of at most `most` bytes; returns the
// count, 0 at the end, -1 with errno on failure) up to `limit` + 1 bytes. A failure part-way
// (a USB stick pulled out) gives no bytes at all, never the part read.
using ReadSome = std::function<long(char* into, size_t most)>;
core::FileBytes readBounded(const ReadSome& readSome, size_t limit);

// At most `limit` + 1 bytes are read: one more than the limit tells a file that is too large.
core::FileBytes readContentFile(const std::string& path, size_t limit = core::kMaxContentFileBytes);

// "file is larger than 2 MB": the same words from every system's reader.
std::string contentFileTooLarge(size_t limit);

// readContentFile as the loader takes it.
core::FileSource contentFileSource();

// A content directory on disk, loaded and validated (core::loadContent over readContentFile).
core::LoadResult loadContent(const std::string& directory);

} // namespace io
