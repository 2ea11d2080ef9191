// Which content the kiosk runs: the first candidate that loads without error (latest
// update, previous good update, shipped content), and the sentence the team panel shows
// about it: which content is running and, after a fallback, why.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/content/content_loader.h"

namespace core {

// Where a content directory comes from, which the team panel says.
enum class ContentOrigin { Update, PreviousUpdate, Shipped, Given };

struct ContentCandidate {
    std::string directory;
    ContentOrigin origin = ContentOrigin::Given;
    std::string realDirectory;  // the folder the panel names, links resolved (io fills it; empty: `directory`)
};

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

// `load` reads a directory (io::loadContent for the disk).
ContentChoice chooseContent(const std::vector<ContentCandidate>& candidates, const ContentLoad& load);

// The first error of a refused directory, for the one-line reason.
std::string firstError(const std::vector<Diagnostic>& diagnostics);

} // namespace core
