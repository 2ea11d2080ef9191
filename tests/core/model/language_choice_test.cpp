#include <doctest/doctest.h>

#include "core/kiosk/kiosk.h"
#include "core/model/language_choice.h"
#include "support/content_fixture.h"

TEST_CASE("all language buttons when they fit, else the current one, those that fit, and a picker") {
    const std::vector<float> widths(12, 100.f);
    const auto all = core::fitLanguageButtons({100.f, 100.f}, 300.f, 10.f, 1, 40.f);
    CHECK(all.shown == std::vector<core::LanguageIndex>{0, 1});
    CHECK(all.hidden == 0);
    const auto some = core::fitLanguageButtons(widths, 500.f, 10.f, 9, 40.f);
    // 40 + 4 × 110 = 480: the current (9) and the first three.
    CHECK(some.shown == std::vector<core::LanguageIndex>{0, 1, 2, 9});
    CHECK(some.hidden == 8);
    CHECK(core::pickerLabel(some.hidden) == "+8");
    const auto narrow = core::fitLanguageButtons(widths, 50.f, 10.f, 3, 40.f);
    CHECK(narrow.shown == std::vector<core::LanguageIndex>{3});  // never none: the current stays
}

TEST_CASE("the picker closes on a choice, a quick exit, the idle wipe, and never opens in the team panel") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, core::action::OpenLanguagePicker{});
    CHECK(k.languagePickerOpen);
    core::apply(k, core::action::SetLanguage{1});
    CHECK_FALSE(k.languagePickerOpen);
    core::apply(k, core::action::Start{});
    core::apply(k, core::action::OpenLanguagePicker{});
    core::apply(k, core::action::QuickExit{});
    CHECK_FALSE(k.languagePickerOpen);
    core::apply(k, core::action::Restart{});
    core::apply(k, core::action::OpenLanguagePicker{});
    core::apply(k, core::action::IdleExpired{});
    CHECK_FALSE(k.languagePickerOpen);
    core::apply(k, core::action::OpenLanguagePicker{});
    core::apply(k, core::action::CloseLanguagePicker{});
    CHECK_FALSE(k.languagePickerOpen);
    core::apply(k, core::action::Team{core::team::Open{}});
    core::apply(k, core::action::OpenLanguagePicker{});
    CHECK_FALSE(k.languagePickerOpen);
}
