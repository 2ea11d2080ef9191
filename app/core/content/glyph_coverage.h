// Characters of content that the kiosk's fonts cannot draw: each would show as "?".
// The fonts live in the platform layer; it passes what they cover as a function.
#pragma once
#include <functional>
#include <vector>

#include "core/model/content.h"
#include "core/model/diagnostic.h"

namespace core {

using GlyphCoverage = std::function<bool(char32_t codepoint)>;

// Distinct characters listed at most, each at its first place; then a count of the rest.
constexpr size_t kMaxMissingGlyphsListed = 20;

// Every visible text of the content (questions, answers, advice, services, interface
// strings, names of languages, levels, domains and profiles) in each of its languages,
// with where it comes from and what it is ("question 'age'").
using VisibleTextVisitor = std::function<void(const std::string& text, const SourcePlace& place, const std::string& what,
                                              const std::string& language)>;
void forEachVisibleText(const Content& content, const VisibleTextVisitor& visit);

// The characters of a UTF-8 string (decoded leniently: toml++ already rejected invalid UTF-8).
std::vector<char32_t> codepoints(const std::string& s);

// An error for each character of visible text (questions, answers, advice, services,
// interface strings, names of languages, levels and domains) outside `covered`.
void checkGlyphs(const Content& content, const GlyphCoverage& covered, std::vector<Diagnostic>& out);

} // namespace core
