// See write_atomically.h.
#include "io/store/write_atomically.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "io/machine/process_memory.h"

namespace io {

bool writeAtomically(const std::string& path, const std::string& text, std::string& error) {
    const std::string temporary = path + ".tmp-" + std::to_string(io::processId());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            error = "cannot write " + temporary + ": " + std::strerror(errno);
            out.close();
            std::remove(temporary.c_str());
            return false;
        }
    }
    // std::filesystem::rename replaces the target on Windows too (MoveFileEx), as rename(2) does.
    std::error_code ec;
    std::filesystem::rename(std::filesystem::u8path(temporary), std::filesystem::u8path(path), ec);
    if (ec) {
        error = "cannot rename " + temporary + " to " + path + ": " + ec.message();
        std::remove(temporary.c_str());
        return false;
    }
    return true;
}

} // namespace io
