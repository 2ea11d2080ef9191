// See whole_file.h: replacing, the same on Linux and Windows (std::filesystem::rename
// replaces the target on both, MoveFileEx on Windows, rename(2) on Linux).
#include "io/store/whole_file.h"

#include <filesystem>
#include <system_error>

#include "io/machine/process_memory.h"

namespace io {

FileWritten replaceWholeFile(const std::string& path, const std::string& bytes, Readers readers) {
    namespace fs = std::filesystem;
    const std::string temporary = path + ".new-" + std::to_string(processId());
    std::error_code ec;
    fs::remove(fs::u8path(temporary), ec);  // left by a crash of an earlier process with this id
    FileWritten written = createWholeFile(temporary, bytes, readers);
    if (!written.ok) return written;
    fs::rename(fs::u8path(temporary), fs::u8path(path), ec);
    if (!ec) return written;
    fs::remove(fs::u8path(temporary), ec);
    FileWritten failed;
    failed.errorNumber = ec.default_error_condition().value();  // an errno where one says it
    failed.error = "cannot rename " + temporary + " to " + path + ": " + ec.message();
    return failed;
}

} // namespace io
