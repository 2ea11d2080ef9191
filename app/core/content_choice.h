// Which content the kiosk runs: the first candidate that loads without error (latest
// update, previous good update, shipped content), and the sentence the team panel shows
// about it: which content is running and, after a fallback, why.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/content_loader.h"
#include "core/content_paths.h"

namespace core {

struct RefusedContent {
    ContentCandidate candidate;
    std::vector<Diagnostic> diagnostics;
};

struct ContentChoice {
    std::optional<Content> content;    // none when every candidate has errors
    ContentCandidate chosen;            // meaningful only with content
    std::vector<RefusedContent> refused;  // candidates tried before, in order
    std::string statusId;               // interface string: which content runs, and why
    std::string statusDetail;           // fills its {detail}
};

using ContentLoad = std::function<LoadResult(const std::string& directory)>;

ContentChoice chooseContent(const std::vector<ContentCandidate>& candidates, const ContentLoad& load = [](const std::string& d) {
    return loadContent(d);
});

// The first error of a refused directory, for the one-line reason.
std::string firstError(const std::vector<Diagnostic>& diagnostics);

} // namespace core
