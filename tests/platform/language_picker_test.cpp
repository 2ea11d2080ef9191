// With more languages than fit at 1024×600, the buttons that fit stay on screen and a
// picker offers the rest, on the welcome screen and in the top bar.
#include <doctest/doctest.h>

#include "platform/headless_kiosk.h"
#include "support/content_fixture.h"

namespace {

void addLanguage(core::Text& t) { if (!t.byLanguage.empty()) t.byLanguage.push_back(t.byLanguage[1]); }

// The shipped content with `extra` more languages (English text under another name).
core::Content withLanguages(int extra) {
    core::Content c = testing::shippedContent();
    for (int i = 0; i < extra; ++i) {
        c.languages.push_back({"x" + std::to_string(i), "Langue " + std::to_string(i), {}, {}});
        for (auto& l : c.levels) addLanguage(l.name);
        for (auto& d : c.domains) { addLanguage(d.name); addLanguage(d.summary); }
        for (auto& q : c.questions) {
            addLanguage(q.text);
            addLanguage(q.help);
            for (auto& a : q.answers) addLanguage(a.text);
        }
        for (auto& a : c.advice) for (core::Text* t : {&a.title, &a.body, &a.step}) addLanguage(*t);
        for (auto& s : c.services) for (core::Text* t : {&s.name, &s.description, &s.address, &s.hours}) addLanguage(*t);
        for (auto& [id, t] : c.uiStrings) addLanguage(t);
        for (auto& p : c.profiles) addLanguage(p.name);
    }
    return c;
}

void allOnScreen(platform::HeadlessKiosk& h, const core::Content& c, const std::string& prefix, int shown) {
    int found = 0;
    for (const auto& l : c.languages) {
        if (const auto* w = h.widgets().find(prefix + l.id)) {
            ++found;
            CHECK(w->min.x >= 0);
            CHECK(w->max.x <= 1024);
        }
    }
    CHECK(found == shown);
    REQUIRE(h.widgets().find(prefix + "more") != nullptr);
}

} // namespace

TEST_CASE("twelve languages at 1024x600: buttons that fit, then a picker with every language") {
    const core::Content c = withLanguages(10);
    platform::HeadlessKiosk h(c, {}, 1024, 600);
    REQUIRE(h.ok());
    h.frame();
    int welcomeButtons = 0;
    for (const auto& l : c.languages) welcomeButtons += h.widgets().find("welcome-lang-" + l.id) ? 1 : 0;
    CHECK(welcomeButtons >= 2);
    CHECK(welcomeButtons < 12);
    allOnScreen(h, c, "welcome-lang-", welcomeButtons);
    REQUIRE(h.tap("welcome-lang-more"));
    CHECK(h.kiosk().languagePickerOpen);
    h.frame();
    for (const auto& l : c.languages) CHECK(h.widgets().find("picker-lang-" + l.id) != nullptr);
    REQUIRE(h.tap("picker-lang-x9"));
    CHECK(h.kiosk().language() == 11);
    CHECK_FALSE(h.kiosk().languagePickerOpen);
    h.frame();
    CHECK(h.widgets().find("welcome-lang-x9") != nullptr);  // the current language keeps its button
    // On a question, the top bar keeps quick exit on screen and offers the picker too.
    REQUIRE(h.tap("start"));
    REQUIRE(h.tap("intro-go"));
    h.frame();
    const auto* exit = h.widgets().find("quick-exit");
    REQUIRE(exit != nullptr);
    CHECK(exit->max.x <= 1024);
    int topButtons = 0;
    for (const auto& l : c.languages) topButtons += h.widgets().find("lang-" + l.id) ? 1 : 0;
    allOnScreen(h, c, "lang-", topButtons);
    REQUIRE(h.tap("lang-more"));
    h.frame();
    REQUIRE(h.tap("picker-lang-fr"));
    CHECK(h.kiosk().screen == core::Screen::Question);  // the person's place is kept
    CHECK(h.kiosk().language() == 0);
}

TEST_CASE("two languages: both buttons, no picker") {
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1024, 600);
    h.frame();
    CHECK(h.widgets().find("welcome-lang-fr") != nullptr);
    CHECK(h.widgets().find("welcome-lang-en") != nullptr);
    CHECK(h.widgets().find("welcome-lang-more") == nullptr);
}
