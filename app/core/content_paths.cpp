// Default locations of content and data.
#include "core/content_paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace core {

namespace fs = std::filesystem;

std::string defaultContentDirectory(const char* argv0, const std::string& dataDirectory) {
    std::error_code ec;
    const fs::path updated = fs::path(dataDirectory) / "questionnaires";
    if (!dataDirectory.empty() && fs::is_directory(updated, ec)) return updated.string();
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec && argv0) exe = fs::absolute(argv0, ec);
    // Installed layout: <prefix>/bin/repere -> <prefix>/share/repere/questionnaires.
    const fs::path installed = exe.parent_path().parent_path() / "share/repere/questionnaires";
    // Build tree: the sources' questionnaires/ (compiled in), only if the binary is in a build dir.
#ifdef REPERE_SOURCE_CONTENT_DIR
    const fs::path beside = fs::path(REPERE_SOURCE_CONTENT_DIR);
    if (fs::exists(exe.parent_path() / "CMakeCache.txt", ec) && fs::is_directory(beside, ec)) return beside.string();
#endif
    if (fs::is_directory(installed, ec)) return installed.string();
#ifdef REPERE_INSTALLED_CONTENT_DIR
    return REPERE_INSTALLED_CONTENT_DIR;
#else
    return installed.string();
#endif
}

std::string defaultDataDirectory() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return (fs::path(xdg) / "repere").string();
    if (const char* home = std::getenv("HOME"); home && *home) return (fs::path(home) / ".local/share/repere").string();
    return "repere-data";
}

} // namespace core
