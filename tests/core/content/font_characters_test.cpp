// The atlas's characters: every one the content shows, the keyboard's and the views'
// own, sorted and once each, and not much more than that.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/team/event_label.h"
#include "core/content/font_characters.h"
#include "core/content/glyph_coverage.h"
#include "support/content_fixture.h"

TEST_CASE("every character of the shipped content's visible text is in the font characters") {
    const core::Content& c = testing::shippedContent();
    const std::u32string chars = core::fontCharacters(c);
    CHECK(std::is_sorted(chars.begin(), chars.end()));
    CHECK(std::adjacent_find(chars.begin(), chars.end()) == chars.end());
    size_t texts = 0;
    core::forEachVisibleText(c, [&](const std::string& text, const core::SourcePlace&, const std::string& what, const std::string& language) {
        ++texts;
        for (char32_t cp : core::codepoints(text)) {
            if (cp == '\n') continue;
            CAPTURE(what);
            CAPTURE(language);
            CAPTURE(static_cast<unsigned>(cp));
            CHECK(chars.find(cp) != std::u32string::npos);
        }
    });
    CHECK(texts > 500);
    // French accents, typographic apostrophe and guillemets are in the shipped text.
    for (char32_t cp : std::u32string(U"éèàçô’«»")) CHECK(chars.find(cp) != std::u32string::npos);
}

TEST_CASE("digits, punctuation, the event-label keys and the views' symbols are always there") {
    const std::u32string chars = core::fontCharacters(testing::baseContent());
    for (char32_t cp : std::u32string(U"0123456789.,:;!?-()<>*/%+ →−·—–…")) {
        CAPTURE(static_cast<unsigned>(cp));
        CHECK(chars.find(cp) != std::u32string::npos);
    }
    for (const auto& row : core::eventLabelKeyRows(false)) {
        for (const std::string& key : row) for (char32_t cp : core::codepoints(key)) CHECK(chars.find(cp) != std::u32string::npos);
    }
    CHECK(chars.find(U'\n') == std::u32string::npos);
    CHECK(chars.find(U'\u0416') == std::u32string::npos);  // Ж: no content here shows it
}

TEST_CASE("the shipped content needs a few hundred characters, not the whole Latin range") {
    const size_t n = core::fontCharacters(testing::shippedContent()).size();
    CHECK(n > 95);
    CHECK(n < 250);
}
