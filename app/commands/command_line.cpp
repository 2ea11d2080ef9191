// What the subcommands share; see command_line.h.
#include "commands/command_line.h"

#include <cstdio>
#include <iostream>

#include "io/content/content_file.h"
#include "io/content/content_paths.h"
#include "core/model/diagnostic.h"

namespace commands {
namespace {

void reportErrors(const std::string& dir, const core::LoadResult& loaded) {
    std::cerr << "repere: the content in " << core::escapeControls(dir) << " has errors; run `repere check "
              << core::escapeControls(dir) << "`:\n";
    for (const auto& d : loaded.diagnostics) std::cerr << core::format(d) << '\n';
}

} // namespace

std::string CommandLine::dataDirectory() const { return dataDir.empty() ? io::defaultDataDirectory() : dataDir; }

std::string CommandLine::contentDirectory() const {
    return contentDir.empty() ? io::defaultContentDirectory(program, dataDirectory()) : contentDir;
}

// A broken update must not take the stand down: fall back to the previous good update,
// then to the shipped content, saying so here and in the team panel.
core::ContentChoice loadChosenContent(const CommandLine& line) {
    const auto candidates = line.contentDir.empty()
                                ? io::contentCandidates(line.program, line.dataDirectory())
                                : std::vector<core::ContentCandidate>{{line.contentDir, core::ContentOrigin::Given, {}}};
    return core::chooseContent(candidates, [&](const std::string& dir) {
        core::LoadResult result = io::loadContent(dir);
        if (!result.content) {
            reportErrors(dir, result);
            for (size_t i = 0; i + 1 < candidates.size(); ++i) {
                if (candidates[i].directory == dir) std::cerr << "repere: falling back to the content in " << candidates[i + 1].directory << '\n';
            }
        }
        return result;
    });
}

bool parseSize(const std::string& text, int& w, int& h) {
    if (text.empty()) return true;
    if (std::sscanf(text.c_str(), "%dx%d", &w, &h) != 2) return false;
    return w >= 320 && h >= 240 && w <= 7680 && h <= 4320;
}

} // namespace commands
