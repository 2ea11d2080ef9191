// The screen state machine, driven by actions only (no window).
#include <doctest/doctest.h>

#include "core/kiosk/kiosk.h"
#include "support/content_fixture.h"

using core::Screen;
namespace act = core::action;

namespace {
// On the first question (a Kiosk holds a Person, which cannot be copied: filled in place).
void startKiosk(core::Kiosk& k) {
    core::apply(k, act::Start{});
    core::apply(k, act::BeginQuestions{});
}
} // namespace

TEST_CASE("welcome -> intro -> questions -> results -> services -> end, wiped at the end") {
    core::Kiosk k(testing::baseContent());
    CHECK(k.screen == Screen::Welcome);
    CHECK(k.settings.region == "test-region");  // content default
    core::apply(k, act::Start{});
    CHECK(k.screen == Screen::Intro);
    core::apply(k, act::BeginQuestions{});
    CHECK(k.screen == Screen::Question);
    core::apply(k, act::Answer{1});  // sells.yes
    core::apply(k, act::Answer{2});  // freq.daily
    core::apply(k, act::Answer{1});  // owes.supplier
    CHECK(k.holdsAnswers());
    core::apply(k, act::Answer{1});  // mood.no
    CHECK(k.screen == Screen::Results);
    REQUIRE(k.person.result.has_value());
    CHECK(k.person.result->domains[1].level == 2);
    core::apply(k, act::OpenDomain{1});
    CHECK(k.screen == Screen::Advice);
    CHECK(k.person.openDomain == 1);
    core::apply(k, act::Back{});
    CHECK(k.screen == Screen::Results);
    core::apply(k, act::ShowServices{});
    CHECK(k.screen == Screen::Services);
    core::apply(k, act::ShowTakeAway{});
    CHECK(k.screen == Screen::TakeAway);
    core::apply(k, act::Back{});
    CHECK(k.screen == Screen::Services);
    core::apply(k, act::Finish{});
    CHECK(k.screen == Screen::End);
    CHECK_FALSE(k.holdsAnswers());
    CHECK(k.sessionsFinished == 1);
    core::apply(k, act::RateUseful{2});
    core::apply(k, act::RateUseful{0});  // one tap only
    CHECK(k.person.usefulRating == 2);
    core::apply(k, act::Restart{});
    CHECK(k.screen == Screen::Welcome);
    CHECK_FALSE(k.person.usefulRating.has_value());
}

TEST_CASE("quick exit wipes at once from every screen of the flow") {
    for (auto screen : {Screen::Intro, Screen::Question, Screen::Results, Screen::Advice, Screen::Services,
                        Screen::TakeAway, Screen::End}) {
        core::Kiosk k(testing::baseContent());
        startKiosk(k);
        core::apply(k, act::SetLanguage{1});
        core::apply(k, act::Answer{1});
        core::apply(k, act::ShowProfile{0});
        if (screen == Screen::Intro) { k.person.result.reset(); k.screen = Screen::Intro; }
        if (screen == Screen::Question) { core::apply(k, act::Back{}); }
        if (screen == Screen::Advice) core::apply(k, act::OpenDomain{0});
        if (screen == Screen::Services) core::apply(k, act::ShowServices{});
        if (screen == Screen::TakeAway) core::apply(k, act::ShowTakeAway{});
        if (screen == Screen::End) core::apply(k, act::Finish{});
        CHECK(k.screen == screen);
        core::apply(k, act::QuickExit{});
        CHECK(k.screen == Screen::Neutral);
        CHECK_FALSE(k.holdsAnswers());
        CHECK(k.language() == 1);  // the neutral screen in the person's language
        core::apply(k, act::Restart{});
        CHECK(k.language() == k.content->defaultLanguage);  // the next person starts afresh
    }
}

TEST_CASE("idle expiry wipes and returns to welcome") {
    core::Kiosk k(testing::baseContent());
    startKiosk(k);
    core::apply(k, act::Answer{1});
    core::apply(k, act::IdleExpired{});
    CHECK(k.screen == Screen::Welcome);
    CHECK_FALSE(k.holdsAnswers());
}

TEST_CASE("language switch mid-way keeps answers and screen") {
    core::Kiosk k(testing::baseContent());
    startKiosk(k);
    core::apply(k, act::Answer{1});
    core::apply(k, act::SetLanguage{1});
    CHECK(k.screen == Screen::Question);
    CHECK(k.language() == 1);
    CHECK(k.person.session.answers()[0] == core::Response::of(1));
}

TEST_CASE("back from the first question returns to the intro, then welcome, which forgets") {
    core::Kiosk k(testing::baseContent());
    startKiosk(k);
    core::apply(k, act::Answer{1});
    core::apply(k, act::Back{});
    core::apply(k, act::Back{});
    CHECK(k.screen == Screen::Intro);
    CHECK(k.holdsAnswers());  // still there: the person may go forward again
    core::apply(k, act::Back{});
    CHECK(k.screen == Screen::Welcome);
    CHECK_FALSE(k.holdsAnswers());  // welcome waits for the next person
}

TEST_CASE("back from results reopens the last question, result dropped") {
    core::Kiosk k(testing::baseContent());
    startKiosk(k);
    core::apply(k, act::ShowProfile{1});
    CHECK(k.screen == Screen::Results);
    core::apply(k, act::Back{});
    CHECK(k.screen == Screen::Question);
    CHECK_FALSE(k.person.result.has_value());
    CHECK(k.person.session.currentQuestion() == 3);
}

TEST_CASE("stray actions on the wrong screen change nothing") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::Answer{0});
    core::apply(k, act::Skip{});
    core::apply(k, act::OpenDomain{0});
    core::apply(k, act::ShowServices{});
    core::apply(k, act::Finish{});
    core::apply(k, act::QuickExit{});
    core::apply(k, act::ShowProfile{99});
    CHECK(k.screen == Screen::Welcome);
    CHECK_FALSE(k.holdsAnswers());
    core::apply(k, act::ToggleTextSize{});
    CHECK(k.textSize == core::TextSize::Large);
}

TEST_CASE("each session queues its counters once: finished, abandoned, useful") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::Start{});
    core::apply(k, act::BeginQuestions{});
    core::apply(k, act::SetLanguage{1});
    for (int i = 0; i < 4; ++i) core::apply(k, act::Skip{});
    REQUIRE(k.screen == Screen::Results);
    core::apply(k, act::OpenDomain{0});
    core::apply(k, act::OpenDomain{0});
    core::apply(k, act::ShowServices{});
    core::apply(k, act::Finish{});
    core::apply(k, act::RateUseful{1});
    REQUIRE(k.effects.size() == 2);
    const auto& session = std::get<core::effect::RecordSession>(k.effects[0]).metrics;
    CHECK(session == std::vector<std::string>{"sessions.started", "sessions.finished", "language.en", "results.shown",
                                              "level.use.none", "level.debt.none", "advice.opened.use", "services.viewed"});
    CHECK(std::get<core::effect::RecordLate>(k.effects[1]).metric == "useful.somewhat");
    k.effects.clear();
    core::apply(k, act::Restart{});
    CHECK(k.effects.empty());  // the finished session was already counted
    core::apply(k, act::Start{});
    core::apply(k, act::QuickExit{});
    CHECK(k.effects.empty());  // left before its results: nothing at all (README, Privacy)
    // Finished without a "useful?" tap: leaving the end screen records useful.none, so
    // that a tap can be blurred among all four.
    core::apply(k, act::Restart{});
    core::apply(k, act::Start{});
    core::apply(k, act::BeginQuestions{});
    core::apply(k, act::ShowProfile{0});
    core::apply(k, act::Finish{});
    core::apply(k, act::Restart{});
    REQUIRE(k.effects.size() == 2);
    CHECK(std::holds_alternative<core::effect::RecordSession>(k.effects[0]));
    CHECK(std::get<core::effect::RecordLate>(k.effects[1]).metric == "useful.none");
}

TEST_CASE("a content reload repoints the kiosk, forgets the person and says how many questions") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::SettingsRestored{{{core::setting::kLanguage, "en"}}, {}});
    core::apply(k, act::Team{core::team::Open{}});
    const core::Content fresh = testing::baseContent();  // a copy: another object, as after a reload
    core::apply(k, act::ContentReloaded{&fresh});
    CHECK(k.content == &fresh);
    CHECK(k.screen == Screen::TeamPin);  // the panel stays open
    CHECK(k.team.message == "content_ok");
    CHECK(k.team.messageDetail == std::to_string(fresh.questions.size()));
    CHECK(k.startLanguage() == *fresh.languageIndex("en"));
    CHECK(k.language() == k.startLanguage());
    core::apply(k, act::ContentReloaded{nullptr});  // nothing loaded: nothing changes
    CHECK(k.content == &fresh);
}

TEST_CASE("a reload during a person's session ends it (counted) and never leaves a screen without its result") {
    core::Kiosk k(testing::baseContent());
    startKiosk(k);
    core::apply(k, act::ShowProfile{0});
    REQUIRE(k.screen == Screen::Results);
    const core::Content fresh = testing::baseContent();
    core::apply(k, act::ContentReloaded{&fresh});
    CHECK(k.screen == Screen::Welcome);
    CHECK_FALSE(k.holdsAnswers());
    CHECK(k.effects.size() == 1);  // the abandoned session
}

TEST_CASE("the clock the platform reads is the one the results are ordered for") {
    core::Kiosk k(testing::baseContent());
    core::LocalTime sunday;
    sunday.weekday = 6;
    sunday.minute = 3 * 60;
    core::apply(k, act::ClockRead{sunday});
    core::apply(k, act::ShowProfile{0});
    REQUIRE(k.person.result);
    REQUIRE(k.person.result->at);
    CHECK(k.person.result->at->weekday == 6);
    core::apply(k, act::ClockRead{std::nullopt});
    core::apply(k, act::ShowServices{});
    CHECK_FALSE(k.person.result->at);  // unknown now: "open now" is not claimed
}
