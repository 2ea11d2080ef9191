#include <doctest/doctest.h>

#include "core/keys.h"
#include "support/content_fixture.h"

using core::Key;

TEST_CASE("keys per screen") {
    core::Kiosk k(testing::baseContent());
    CHECK(std::holds_alternative<core::action::Start>(*core::actionForKey(k, Key::Enter, 0, true)));
    CHECK_FALSE(core::actionForKey(k, Key::Escape, 0, true).has_value());  // welcome: nothing to exit
    k.screen = core::Screen::Question;
    auto a = core::actionForKey(k, Key::Digit, 2, true);
    REQUIRE(a);
    CHECK(std::get<core::action::Answer>(*a).index == 1);
    CHECK(std::holds_alternative<core::action::Skip>(*core::actionForKey(k, Key::Digit, 3, true)));  // sells has 2 answers
    CHECK_FALSE(core::actionForKey(k, Key::Digit, 4, true).has_value());
    CHECK_FALSE(core::actionForKey(k, Key::Enter, 0, true).has_value());  // nothing chosen yet
    CHECK(std::holds_alternative<core::action::Back>(*core::actionForKey(k, Key::Backspace, 0, true)));
    CHECK(std::holds_alternative<core::action::QuickExit>(*core::actionForKey(k, Key::Escape, 0, true)));
    CHECK_FALSE(core::actionForKey(k, Key::Escape, 0, false).has_value());  // kiosk mode
}

TEST_CASE("enter re-confirms an answer given before going back") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, core::action::Start{});
    core::apply(k, core::action::BeginQuestions{});
    core::apply(k, core::action::Answer{1});
    core::apply(k, core::action::Back{});
    auto a = core::actionForKey(k, Key::Enter, 0, true);
    REQUIRE(a);
    CHECK(std::get<core::action::Answer>(*a).index == 1);
}
