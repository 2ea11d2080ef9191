// Characters of content that the kiosk's fonts cannot draw: each would show as "?".
// The fonts live in the platform layer; it passes what they cover as a function.
#pragma once
#include <functional>
#include <vector>

#include "core/content.h"
#include "core/diagnostic.h"

namespace core {

using GlyphCoverage = std::function<bool(char32_t codepoint)>;

// Distinct characters listed at most, each at its first place; then a count of the rest.
constexpr size_t kMaxMissingGlyphsListed = 20;

// An error for each character of visible text (questions, answers, advice, services,
// interface strings, names of languages, levels and domains) outside `covered`.
void checkGlyphs(const Content& content, const GlyphCoverage& covered, std::vector<Diagnostic>& out);

} // namespace core
