// Help now, through the reducer alone: every crisis answer of the shipped content stops
// the questionnaire with its emergency screen and the right first number; back, go on
// and stop; the friend guide opens from the welcome screen and every question and
// returns to the same place with the same answers; wipes, keys and statistics.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "core/assessment/emergency.h"
#include "core/assessment/reachability.h"
#include "core/kiosk/help_now.h"
#include "core/kiosk/keys.h"
#include "core/stats/stats_metrics.h"
#include "support/content_fixture.h"

using core::Screen;
namespace act = core::action;

namespace {

// Taps through to `question` as a person would: the answers that show it, skips elsewhere.
void toQuestion(core::Kiosk& k, int question) {
    const core::Content& c = *k.content;
    const auto answers = core::answersShowing(c, question);
    REQUIRE(answers.has_value());
    core::apply(k, act::Start{});
    core::apply(k, act::BeginQuestions{});
    for (size_t guard = 0; guard < c.questions.size() && k.screen == Screen::Question &&
                           k.person.session.currentQuestion() != question;
         ++guard) {
        const int current = k.person.session.currentQuestion();
        bool given = false;
        for (const core::AnswerRef& a : *answers) {
            if (a.question != current) continue;
            core::apply(k, act::Answer{a.answer});
            given = true;
        }
        if (!given) core::apply(k, act::Skip{});
        core::apply(k, act::Continue{});  // a multiple-choice question, or an emergency screen on the way
    }
    REQUIRE(k.screen == Screen::Question);
    REQUIRE(k.person.session.currentQuestion() == question);
}

std::vector<core::AnswerRef> crisisAnswers(const core::Content& c) {
    std::vector<core::AnswerRef> out;
    for (size_t q = 0; q < c.questions.size(); ++q) {
        for (size_t a = 0; a < c.questions[q].answers.size(); ++a) {
            if (c.questions[q].answers[a].crisis) out.push_back({static_cast<int>(q), static_cast<int>(a)});
        }
    }
    return out;
}

const std::string& phoneOf(const core::Content& c, int service) { return c.services[static_cast<size_t>(service)].phone; }

std::vector<std::string> recorded(const core::Kiosk& k) {
    std::vector<std::string> metrics;
    for (const core::Effect& e : k.effects) {
        if (const auto* r = std::get_if<core::effect::RecordSession>(&e)) metrics.insert(metrics.end(), r->metrics.begin(), r->metrics.end());
    }
    return metrics;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

} // namespace

TEST_CASE("every crisis answer of the shipped content opens its emergency screen, right number first, 112 beside it") {
    const core::Content& c = testing::shippedContent();
    // The right first number for each kind of emergency (CONTENT-GUIDE.md).
    const std::map<std::string, std::string> first{{"medical", "15"}, {"suicide", "3114"}, {"danger", "17"}};
    const auto crisis = crisisAnswers(c);
    REQUIRE(crisis.size() >= 4);  // body.now, suicide.now, suicide.lately, threat_now.now
    for (const core::AnswerRef& a : crisis) {
        const core::Question& q = c.questions[static_cast<size_t>(a.question)];
        CAPTURE(q.id + "." + q.answers[static_cast<size_t>(a.answer)].id);
        core::Kiosk k(c);
        toQuestion(k, a.question);
        core::apply(k, act::Answer{a.answer});
        REQUIRE(k.screen == Screen::Emergency);
        REQUIRE(k.person.emergency.has_value());
        const core::Advice& card = c.advice[static_cast<size_t>(k.person.emergency->card)];
        CHECK(card.crisis);
        const std::vector<int> lines = core::emergencyLines(card);
        REQUIRE(lines.size() == 2);
        REQUIRE(first.count(card.emergency));
        CHECK(phoneOf(c, lines[0]) == first.at(card.emergency));
        CHECK(phoneOf(c, lines[1]) == "112");
        CHECK(card.nextMinutes.size() >= 2);
        CHECK(card.nextMinutes.size() <= 3);
    }
    // The content's own wording: 15 for the body, 3114 for suicidal thoughts, 17 for a threat.
    auto cardFor = [&](const char* id) { return c.advice[static_cast<size_t>(*core::emergencyCardFor(c, testing::ref(c, id)))]; };
    CHECK(phoneOf(c, cardFor("body.now").contacts[0]) == "15");
    CHECK(phoneOf(c, cardFor("suicide.now").contacts[0]) == "3114");
    CHECK(phoneOf(c, cardFor("suicide.lately").contacts[0]) == "3114");
    CHECK(phoneOf(c, cardFor("threat_now.now").contacts[0]) == "17");
}

TEST_CASE("emergency screen: back to the question, on with the questionnaire, results still show the crisis") {
    const core::Content& c = testing::shippedContent();
    const core::AnswerRef now = testing::ref(c, "body.now");
    core::Kiosk k(c);
    toQuestion(k, now.question);
    core::apply(k, act::Answer{now.answer});
    REQUIRE(k.screen == Screen::Emergency);
    core::apply(k, act::Back{});
    CHECK(k.screen == Screen::Question);
    CHECK(k.person.session.currentQuestion() == now.question);
    CHECK(k.person.session.currentResponse().has(now.answer));  // the answer kept, shown chosen
    CHECK_FALSE(k.person.emergency.has_value());
    core::apply(k, act::Answer{now.answer});
    REQUIRE(k.screen == Screen::Emergency);
    core::apply(k, act::Continue{});
    CHECK(k.screen == Screen::Question);
    CHECK(k.person.session.currentQuestion() != now.question);
    for (int guard = 0; guard < 100 && k.screen == Screen::Question; ++guard) core::apply(k, act::Skip{});
    REQUIRE(k.screen == Screen::Results);
    CHECK(k.person.result->crisis);
    CHECK_FALSE(k.person.result->crisisAdvice(c).empty());
    core::apply(k, act::QuickExit{});
    const auto metrics = recorded(k);
    CHECK(has(metrics, core::metricName(core::Metric::CrisisStopped)));
    CHECK(has(metrics, core::metricName(core::Metric::CrisisRaised)));
}

// A session ended on the emergency screen never reached its results, so, like every such
// session, it records nothing (README, Privacy: throwaway sessions cannot fill a batch);
// the interruption is counted with the sessions that go on to their results (above).
TEST_CASE("emergency screen: stop here wipes everything and, ended before results, records nothing") {
    const core::Content& c = testing::shippedContent();
    const core::AnswerRef now = testing::ref(c, "threat_now.now");
    core::Kiosk k(c);
    toQuestion(k, now.question);
    core::apply(k, act::Answer{now.answer});
    REQUIRE(k.screen == Screen::Emergency);
    core::apply(k, act::EndSession{});
    CHECK(k.screen == Screen::Welcome);
    CHECK_FALSE(k.holdsAnswers());
    CHECK(recorded(k).empty());
}

TEST_CASE("emergency screen: quick exit and the idle wipe forget it; demo mode records nothing") {
    const core::Content& c = testing::shippedContent();
    const core::AnswerRef now = testing::ref(c, "suicide.now");
    for (const core::Action& out : {core::Action{act::QuickExit{}}, core::Action{act::IdleExpired{}}}) {
        core::Kiosk k(c);
        toQuestion(k, now.question);
        core::apply(k, act::Answer{now.answer});
        REQUIRE(k.screen == Screen::Emergency);
        core::apply(k, out);
        CHECK((k.screen == Screen::Neutral || k.screen == Screen::Welcome));
        CHECK_FALSE(k.holdsAnswers());
        CHECK_FALSE(k.person.emergency.has_value());
    }
    core::KioskSettings demo;
    demo.demo = true;
    core::Kiosk k(c, demo);
    toQuestion(k, now.question);
    core::apply(k, act::Answer{now.answer});
    core::apply(k, act::EndSession{});
    CHECK(recorded(k).empty());
}

TEST_CASE("emergency screen keys: Enter goes on, Backspace goes back, digits do nothing") {
    const core::Content& c = testing::shippedContent();
    const core::AnswerRef now = testing::ref(c, "body.now");
    core::Kiosk k(c);
    toQuestion(k, now.question);
    core::apply(k, act::Answer{now.answer});
    REQUIRE(k.screen == Screen::Emergency);
    CHECK(std::holds_alternative<act::Continue>(*core::actionForKey(k, core::Key::Enter, 0, true)));
    CHECK(std::holds_alternative<act::Back>(*core::actionForKey(k, core::Key::Backspace, 0, true)));
    CHECK_FALSE(core::actionForKey(k, core::Key::Digit, 1, true).has_value());
    CHECK(std::holds_alternative<act::Continue>(*core::emergencyButtons(k).main));
    CHECK(std::holds_alternative<act::Back>(*core::emergencyButtons(k).back));
}

TEST_CASE("an ordinary answer never opens the emergency screen") {
    const core::Content& c = testing::shippedContent();
    const core::AnswerRef no = testing::ref(c, "body.no");
    core::Kiosk k(c);
    toQuestion(k, no.question);
    core::apply(k, act::Answer{no.answer});
    CHECK(k.screen == Screen::Question);
    CHECK_FALSE(core::emergencyCardFor(c, no).has_value());
}

TEST_CASE("the friend guide opens from every question and returns to the same question with the same answers") {
    const core::Content& c = testing::shippedContent();
    REQUIRE(c.friendSteps.size() >= 5);
    for (size_t q = 0; q < c.questions.size(); ++q) {
        CAPTURE(c.questions[q].id);
        core::Kiosk k(c);
        toQuestion(k, static_cast<int>(q));
        const core::AnswerSheet before = k.person.session.answers();
        const core::Progress progress = k.person.session.progress();
        REQUIRE(core::offersFriendGuide(k));
        core::apply(k, act::OpenFriendGuide{});
        REQUIRE(k.screen == Screen::FriendGuide);
        CHECK(k.inPersonFlow());  // quick exit and the idle wipe apply
        core::apply(k, act::Back{});
        CHECK(k.screen == Screen::Question);
        CHECK(k.person.session.currentQuestion() == static_cast<int>(q));
        CHECK(k.person.session.answers() == before);
        CHECK(k.person.session.progress().position == progress.position);
        CHECK_FALSE(k.person.friendGuideFrom.has_value());
    }
}

TEST_CASE("the friend guide from the welcome screen: back to welcome; the idle wipe and quick exit forget it") {
    const core::Content& c = testing::shippedContent();
    core::Kiosk k(c);
    REQUIRE(core::offersFriendGuide(k));
    core::apply(k, act::OpenFriendGuide{});
    REQUIRE(k.screen == Screen::FriendGuide);
    CHECK(std::holds_alternative<act::Back>(*core::actionForKey(k, core::Key::Enter, 0, true)));
    core::apply(k, act::Back{});
    CHECK(k.screen == Screen::Welcome);
    CHECK_FALSE(k.holdsAnswers());

    toQuestion(k, 2);
    core::apply(k, act::OpenFriendGuide{});
    core::apply(k, act::IdleExpired{});
    CHECK(k.screen == Screen::Welcome);
    CHECK_FALSE(k.holdsAnswers());
    CHECK_FALSE(k.person.friendGuideFrom.has_value());

    toQuestion(k, 1);
    core::apply(k, act::OpenFriendGuide{});
    core::apply(k, act::QuickExit{});
    CHECK(k.screen == Screen::Neutral);
    CHECK_FALSE(k.holdsAnswers());
}

TEST_CASE("the friend guide is offered only on the welcome screen and the questions") {
    const core::Content& c = testing::shippedContent();
    core::Kiosk k(c);
    core::apply(k, act::Start{});
    CHECK_FALSE(core::offersFriendGuide(k));  // intro
    core::apply(k, act::OpenFriendGuide{});
    CHECK(k.screen == Screen::Intro);
    core::apply(k, act::ShowProfile{0});
    CHECK_FALSE(core::offersFriendGuide(k));  // results
}
