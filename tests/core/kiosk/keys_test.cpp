#include <doctest/doctest.h>

#include "core/kiosk/keys.h"
#include "core/kiosk/screen_choices.h"
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

TEST_CASE("enter goes on with an answer given before going back") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, core::action::Start{});
    core::apply(k, core::action::BeginQuestions{});
    core::apply(k, core::action::Answer{1});
    core::apply(k, core::action::Back{});
    auto a = core::actionForKey(k, Key::Enter, 0, true);
    REQUIRE(a);
    CHECK(std::holds_alternative<core::action::Continue>(*a));
    core::apply(k, *a);
    CHECK(k.person.session.currentQuestion() == 1);
    CHECK(k.person.session.answers()[0] == core::Response::of(1));
}

namespace {
void checkKeysAreChoices(const core::Kiosk& k) {
    CAPTURE(static_cast<int>(k.screen));
    const auto choices = core::screenChoices(k);
    REQUIRE(!choices.empty());
    for (size_t i = 0; i < choices.size(); ++i) {
        const auto a = core::actionForKey(k, Key::Digit, static_cast<int>(i + 1), true);
        REQUIRE(a);
        CHECK(a->index() == choices[i].action.index());
    }
    CHECK_FALSE(core::actionForKey(k, Key::Digit, static_cast<int>(choices.size() + 1), true).has_value());
}
} // namespace

TEST_CASE("key N is choice N on every screen that numbers its buttons") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, core::action::Start{});
    core::apply(k, core::action::BeginQuestions{});
    checkKeysAreChoices(k);
    core::apply(k, core::action::ShowProfile{0});
    checkKeysAreChoices(k);
    CHECK(std::get<core::action::OpenDomain>(*core::actionForKey(k, Key::Digit, 2, true)).domain == 1);
    core::apply(k, core::action::Finish{});
    checkKeysAreChoices(k);
    CHECK(std::get<core::action::RateUseful>(*core::actionForKey(k, Key::Digit, 1, true)).rating == 2);  // yes
}

TEST_CASE("multiple choice: key N toggles answer N, enter goes on once something is chosen") {
    core::Content c = testing::baseContent();
    c.questions[0].kind = core::QuestionKind::Multiple;
    core::Kiosk k(c);
    core::apply(k, core::action::Start{});
    core::apply(k, core::action::BeginQuestions{});
    CHECK_FALSE(core::actionForKey(k, Key::Enter, 0, true).has_value());
    core::apply(k, *core::actionForKey(k, Key::Digit, 2, true));
    core::apply(k, *core::actionForKey(k, Key::Digit, 1, true));
    core::apply(k, *core::actionForKey(k, Key::Digit, 2, true));  // toggled off
    CHECK(k.person.session.currentQuestion() == 0);
    CHECK(k.person.session.currentResponse() == core::Response::of(0));
    core::apply(k, *core::actionForKey(k, Key::Enter, 0, true));
    CHECK(k.person.session.currentQuestion() == 1);
}
