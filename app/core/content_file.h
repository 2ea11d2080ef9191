// Reads one content file from disk for the loader: only a regular file (never a symbolic
// link, FIFO, device or directory), opened without blocking, and never more than the
// size limit plus one byte. Content comes from USB sticks prepared by other people.
#pragma once
#include <cstddef>
#include <optional>
#include <string>

namespace core {

constexpr size_t kMaxContentFileBytes = 4 * 1024 * 1024;  // each file
constexpr size_t kMaxContentBytes = 8 * 1024 * 1024;      // the six files together

// The bytes of a file, or why there are none.
struct FileBytes {
    std::optional<std::string> bytes;
    std::string problem;  // set when `bytes` is none: a sentence for a FILE: error

    FileBytes(std::optional<std::string> b) : bytes(std::move(b)) {}  // NOLINT: sources return optional bytes
    static FileBytes refused(std::string why) {
        FileBytes f{std::nullopt};
        f.problem = std::move(why);
        return f;
    }
};

// At most `limit` + 1 bytes are read: one more than the limit tells a file that is too large.
FileBytes readContentFile(const std::string& path, size_t limit = kMaxContentFileBytes);

} // namespace core
