// Choosing the content to run among the candidates, and saying why.
#include "core/content/content_choice.h"


namespace core {

std::string firstError(const std::vector<Diagnostic>& diagnostics) {
    for (const auto& d : diagnostics) if (d.severity == Severity::Error) return format(d);
    return "";
}

namespace {

void describe(ContentChoice& choice) {
    const std::string reason = choice.refused.empty() ? "" : firstError(choice.refused.front().diagnostics);
    switch (choice.chosen.origin) {
    case ContentOrigin::Update:
        choice.statusId = "content_running_update";
        choice.statusDetail = choice.chosen.realDirectory.empty() ? choice.chosen.directory : choice.chosen.realDirectory;
        break;
    case ContentOrigin::PreviousUpdate:
        choice.statusId = "content_running_previous";
        choice.statusDetail = reason;
        break;
    case ContentOrigin::Shipped:
        choice.statusId = choice.refused.empty() ? "content_running_shipped" : "content_running_shipped_fallback";
        choice.statusDetail = choice.refused.empty() ? choice.chosen.directory : reason;
        break;
    case ContentOrigin::Given:
        choice.statusId = "content_running_given";
        choice.statusDetail = choice.chosen.directory;
        break;
    }
}

} // namespace

ContentChoice chooseContent(const std::vector<ContentCandidate>& candidates, const ContentLoad& load) {
    ContentChoice choice;
    for (const auto& candidate : candidates) {
        LoadResult loaded = load(candidate.directory);
        if (loaded.content) {
            choice.content = std::move(loaded.content);
            choice.chosen = candidate;
            describe(choice);
            return choice;
        }
        choice.refused.push_back({candidate, std::move(loaded.diagnostics)});
    }
    return choice;
}

} // namespace core
