// Default locations of content and data.
#include "io/content/content_paths.h"

#include <filesystem>
#include <system_error>

namespace io {

using namespace core;  // io works on the core's types

namespace fs = std::filesystem;

std::vector<std::string> contentDirectories(const char* argv0, const std::string& dataDirectory) {
    std::vector<std::string> dirs;
    for (const auto& candidate : contentCandidates(argv0, dataDirectory)) dirs.push_back(candidate.directory);
    return dirs;
}

std::vector<ContentCandidate> contentCandidates(const char* argv0, const std::string& dataDirectory) {
    std::vector<ContentCandidate> candidates;
    std::error_code ec;
    for (const auto& [name, origin] : {std::pair{"questionnaires", ContentOrigin::Update},
                                       std::pair{"questionnaires.previous", ContentOrigin::PreviousUpdate}}) {
        const fs::path updated = fs::path(dataDirectory) / name;
        if (dataDirectory.empty() || !fs::is_directory(updated, ec)) continue;
        // The panel names the update's folder: the real one, not the link the updater swaps.
        const fs::path real = fs::weakly_canonical(updated, ec);
        candidates.push_back({updated.string(), origin, ec ? "" : real.string()});
    }
    std::vector<std::string> dirs;
    const fs::path exe = programFile(argv0);
    // Build tree: the sources' questionnaires/ (compiled in), only if the binary is in a build dir.
#ifdef REPERE_SOURCE_CONTENT_DIR
    const fs::path beside = fs::path(REPERE_SOURCE_CONTENT_DIR);
    if (fs::exists(exe.parent_path() / "CMakeCache.txt", ec) && fs::is_directory(beside, ec)) dirs.push_back(beside.string());
#endif
    const fs::path installed = installedContentDirectory(exe);
    if (fs::is_directory(installed, ec)) dirs.push_back(installed.string());
#ifdef REPERE_INSTALLED_CONTENT_DIR
    if (dirs.empty()) dirs.push_back(REPERE_INSTALLED_CONTENT_DIR);
#endif
    if (dirs.empty()) dirs.push_back(installed.string());
    for (const auto& dir : dirs) candidates.push_back({dir, ContentOrigin::Shipped, {}});
    return candidates;
}

std::string defaultContentDirectory(const char* argv0, const std::string& dataDirectory) {
    return contentDirectories(argv0, dataDirectory).front();
}

} // namespace io
