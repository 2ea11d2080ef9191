// Every character the kiosk can show is in the loaded glyph ranges: French typography
// never turns into "?". Covers all content text and the symbols the views add.
#include <doctest/doctest.h>

#include "platform/fonts.h"
#include "support/content_fixture.h"

namespace {
std::vector<unsigned> codepoints(const std::string& s) {
    std::vector<unsigned> out;
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        unsigned cp = n == 1 ? c : c & (0xFF >> (n + 1));
        for (int k = 1; k < n && i + static_cast<size_t>(k) < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
        out.push_back(cp);
        i += static_cast<size_t>(n);
    }
    return out;
}
void checkText(const std::string& where, const std::string& text) {
    for (unsigned cp : codepoints(text)) {
        CAPTURE(where);
        CAPTURE(cp);
        CHECK(io::hasGlyph(cp));
    }
}
} // namespace

TEST_CASE("every character of the shipped content has a glyph") {
    const core::Content& c = testing::shippedContent();
    auto all = [&](const std::string& where, const core::Text& t) { for (const auto& s : t.byLanguage) checkText(where, s); };
    for (const auto& [id, t] : c.uiStrings) all(id, t);
    for (const auto& q : c.questions) {
        all(q.id, q.text);
        all(q.id, q.help);
        for (const auto& a : q.answers) all(q.id + "." + a.id, a.text);
    }
    for (const auto& a : c.advice) { all(a.id, a.title); all(a.id, a.body); all(a.id, a.step); }
    for (const auto& s : c.services) { all(s.id, s.name); all(s.id, s.description); all(s.id, s.hours); all(s.id, s.address); }
    for (const auto& l : c.levels) all(l.id, l.name);
    for (const auto& d : c.domains) { all(d.id, d.name); all(d.id, d.summary); }
    for (const auto& p : c.profiles) all(p.id, p.name);
    for (const auto& l : c.languages) checkText(l.id, l.name);
}

TEST_CASE("French typography and the views' own symbols") {
    checkText("typography", "« » ’ — … É À Ç Œ œ ê");
    checkText("views", "→ − · —");  // team panel arrows and minus, tile separator, titles
    CHECK_FALSE(io::hasGlyph(0x4E2D));  // a CJK character is not loaded, on purpose
}
