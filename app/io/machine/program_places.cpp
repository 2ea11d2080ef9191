// The program's file, its installed content and data directory on Linux.
#include "io/machine/program_places.h"

#include <cstdlib>
#include <system_error>

namespace io {

namespace fs = std::filesystem;

fs::path programFile(const char* argv0) {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec && argv0) exe = fs::absolute(argv0, ec);
    return exe;
}

// Installed layout: <prefix>/bin/repere -> <prefix>/share/repere/questionnaires.
fs::path installedContentDirectory(const fs::path& program) {
    return program.parent_path().parent_path() / "share/repere/questionnaires";
}

std::string defaultDataDirectory() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return (fs::path(xdg) / "repere").string();
    if (const char* home = std::getenv("HOME"); home && *home) return (fs::path(home) / ".local/share/repere").string();
    return "repere-data";
}

} // namespace io
