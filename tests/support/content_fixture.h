// Test support: builds content directories from tests/fixtures (the base set plus a
// rule fixture's overlays) in a temporary directory, and loads them.
#pragma once
#include <string>
#include <vector>

#include "core/model/content.h"
#include "core/content/content_loader.h"

namespace testing {

std::string fixturesDir();
std::string shippedContentDir();

// A fresh temporary directory holding tests/fixtures/base, then for each file of
// `overlayDir`: NAME.append.toml is appended to NAME.toml, NAME.toml replaces it.
std::string makeContentDir(const std::string& overlayDir = "");

// The base fixture, loaded; fails the test if it does not load.
const core::Content& baseContent();
// The shipped questionnaires, loaded once; fails the test if they do not load.
const core::Content& shippedContent();

// Diagnostics with the directory prefix removed, as "file:line:col: severity: message".
std::vector<std::string> relativeDiagnostics(const core::LoadResult& result, const std::string& dir);
// The first of those lines about `file` (e.g. "advice.toml"), or "" when none is.
std::string diagnosticFor(const core::LoadResult& result, const std::string& dir, const std::string& file);

core::AnswerRef ref(const core::Content& c, const std::string& questionDotAnswer);

// The sample profile `id` and its position; fail the test if there is none.
int profileIndex(const core::Content& c, const std::string& id);
const core::Profile& profile(const core::Content& c, const std::string& id);

} // namespace testing
