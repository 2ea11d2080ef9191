// Characters the kiosk's fonts lack are found wherever visible text is, once each.
#include <doctest/doctest.h>

#include "core/content/glyph_coverage.h"
#include "support/content_fixture.h"

namespace {
bool latinOnly(char32_t cp) { return cp < 0x250 || cp == 0x2019; }
} // namespace

TEST_CASE("each character without a glyph is reported once, at its first place") {
    core::Content c = testing::baseContent();
    c.questions[1].text.byLanguage[1] = "Привет, how often?";
    c.advice[0].body.byLanguage[0] = "Пора"; // П again: already reported
    c.services[0].hours.byLanguage[1] = "مرحبا";
    std::vector<core::Diagnostic> out;
    core::checkGlyphs(c, latinOnly, out);
    std::vector<std::string> lines;
    for (const auto& d : out) lines.push_back(d.message);
    REQUIRE(lines.size() >= 6);
    CHECK(lines[0] == "character 'П' (U+041F) in question 'freq' (en) has no glyph in the kiosk's fonts: it would show as '?'");
    CHECK(out[0].place.line == c.questions[1].place.line);
    bool arabic = false;
    for (const auto& l : lines) arabic |= l.find("(U+0645) in service '" + c.services[0].id + "' (en)") != std::string::npos;
    CHECK(arabic);
    CHECK(core::hasErrors(out));
}

TEST_CASE("covered content has no glyph problem, and many missing characters are counted, not listed") {
    std::vector<core::Diagnostic> out;
    core::checkGlyphs(testing::baseContent(), latinOnly, out);
    CHECK(out.empty());
    core::Content c = testing::baseContent();
    std::string many;
    for (char32_t cp = 0x4e00; cp < 0x4e00 + 30; ++cp) {
        many += static_cast<char>(0xe0 | (cp >> 12));
        many += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        many += static_cast<char>(0x80 | (cp & 0x3f));
    }
    c.questions[0].text.byLanguage[0] = many;
    core::checkGlyphs(c, latinOnly, out);
    REQUIRE(out.size() == core::kMaxMissingGlyphsListed + 1);
    CHECK(out.back().message == "10 more characters have no glyph in the kiosk's fonts");
}
