// The steps several actions share, called directly: what each leaves behind.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/kiosk/kiosk_steps.h"
#include "support/content_fixture.h"

namespace act = core::action;

namespace {
long sessionsRecorded(const core::Kiosk& k) {
    return std::count_if(k.effects.begin(), k.effects.end(), [](const core::Effect& e) { return std::holds_alternative<core::effect::RecordSession>(e); });
}
} // namespace

TEST_CASE("restarting ends the session once, forgets the person and resets language and text size") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::Start{});
    core::apply(k, act::BeginQuestions{});
    core::apply(k, act::Answer{1});
    core::apply(k, act::SetLanguage{1});
    core::apply(k, act::ToggleTextSize{});
    REQUIRE(k.holdsAnswers());
    core::restartPerson(k);
    CHECK(k.screen == core::Screen::Welcome);
    CHECK_FALSE(k.holdsAnswers());
    CHECK(k.language() == k.startLanguage());
    CHECK(k.textSize == core::TextSize::Normal);
    CHECK(sessionsRecorded(k) == 0);  // left before its results: nothing recorded (README, Privacy)
    core::apply(k, act::Start{});
    core::apply(k, act::BeginQuestions{});
    core::showProfile(k, 0);
    core::restartPerson(k);  // a session that reached its results is recorded, once
    CHECK(sessionsRecorded(k) == 1);
    core::restartPerson(k);  // nothing started since: nothing more to count
    CHECK(sessionsRecorded(k) == 1);
}

TEST_CASE("a sample profile's results, and nothing for a profile that does not exist") {
    core::Kiosk k(testing::baseContent());
    core::showProfile(k, static_cast<int>(k.content->profiles.size()));
    core::showProfile(k, -1);
    CHECK(k.screen == core::Screen::Welcome);
    CHECK_FALSE(k.person.result);
    core::showProfile(k, 0);
    CHECK(k.screen == core::Screen::Results);
    CHECK(k.person.result);
}

TEST_CASE("leaving the panel forgets typed digits and feedback, in the start language") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::SetLanguage{1});
    core::apply(k, act::Team{core::team::Open{}});
    core::apply(k, act::Team{core::team::Digit{4}});
    REQUIRE(k.screen == core::Screen::TeamPin);
    REQUIRE_FALSE(k.person.pinTyped.empty());
    core::leavePanel(k);
    CHECK(k.screen == core::Screen::Welcome);
    CHECK(k.person.pinTyped.empty());
    CHECK(k.team.message.empty());
    CHECK(k.language() == k.startLanguage());
}
