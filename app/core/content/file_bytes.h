// The bytes of one content file as the loader receives them, or why there are none, and
// the size limits every source of content bytes keeps (disk, pack, fuzzer).
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

} // namespace core
