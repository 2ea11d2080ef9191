// The real views, driven headlessly by tapping widgets by id: full flows per sample
// profile, language switch, quick exit and idle wipe from every screen kind,
// drag-scroll versus tap, keyboard.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>

#include "core/content/content_loader.h"
#include "platform/headless_kiosk.h"
#include "ui/kiosk_view.h"
#include "support/content_fixture.h"

namespace {

// Taps `id`, scrolling the content down by drags until it is on screen.
bool tapScrolling(platform::HeadlessKiosk& h, const std::string& id, int width, int height) {
    for (int attempt = 0; attempt < 12; ++attempt) {
        const ui::RegisteredWidget* w = h.widgets().find(id);
        // Only tap when fully visible: a half-hidden button is what a person would scroll to.
        if (w && w->max.y - w->min.y >= h.kioskUi().context().metrics.target * 0.9f) return h.tap(id);
        const float x = static_cast<float>(width) / 2, y = static_cast<float>(height) * 0.7f;
        h.drag(x, y, x, y - static_cast<float>(height) * 0.3f, 6);
        h.advance(500);
        h.frame();
    }
    return false;
}

// Taps through to the first question; returns the centre of its first answer.
ImVec2 onFirstQuestion(platform::HeadlessKiosk& h) {
    h.frame();
    h.tap("start");
    h.tap("intro-go");
    h.frame();
    const ui::RegisteredWidget* answer = h.widgets().find("answer-" + testing::shippedContent().questions[0].answers[0].id);
    REQUIRE(answer);
    return {(answer->min.x + answer->max.x) / 2, (answer->min.y + answer->max.y) / 2};
}

void walkProfile(platform::HeadlessKiosk& h, const core::Profile& p, int width, int height) {
    const core::Content& c = *h.kiosk().content;
    REQUIRE(h.tap("start"));
    REQUIRE(h.tap("intro-go"));
    while (h.kiosk().screen == core::Screen::Question) {
        const int q = h.kiosk().person.session.currentQuestion();
        const core::Question& question = c.questions[static_cast<size_t>(q)];
        std::vector<std::string> ids;
        for (const core::AnswerRef& a : p.answers) {
            if (a.question == q) ids.push_back("answer-" + question.answers[static_cast<size_t>(a.answer)].id);
        }
        if (ids.empty()) ids.push_back("answer-skip");
        for (const std::string& id : ids) {
            INFO("question " << question.id << ", widget " << id);
            REQUIRE(tapScrolling(h, id, width, height));
            // A "right now" answer stops at its emergency screen; the person goes on from there.
            if (h.kiosk().screen == core::Screen::Emergency) REQUIRE(h.tap("emergency-go-on"));
        }
        // A multiple-choice question waits for "next" once its answers are ticked.
        if (h.kiosk().screen == core::Screen::Question && h.kiosk().person.session.currentQuestion() == q) {
            INFO("question " << question.id << " waits");
            REQUIRE(h.tap("answer-continue"));
        }
    }
}

// Skips to the question on health signs (asked to everyone) and answers "right now":
// the emergency screen.
void toBodyNow(platform::HeadlessKiosk& h) {
    const core::Content& c = *h.kiosk().content;
    for (int guard = 0; guard < 100 && h.kiosk().screen == core::Screen::Question; ++guard) {
        const auto& q = c.questions[static_cast<size_t>(h.kiosk().person.session.currentQuestion())];
        if (q.id == "body") break;
        h.act(core::action::Skip{});
    }
    h.act(core::action::Answer{testing::ref(c, "body.now").answer});
    REQUIRE(h.kiosk().screen == core::Screen::Emergency);
}

} // namespace

TEST_CASE("each sample profile, tapped through the real UI, gets the profile's result") {
    const core::Content& c = testing::shippedContent();
    for (const auto& p : c.profiles) {
        CAPTURE(p.id);
        platform::HeadlessKiosk h(c, {}, 1024, 600);
        REQUIRE(h.ok());
        h.frame();
        walkProfile(h, p, 1024, 600);
        REQUIRE(h.kiosk().screen == core::Screen::Results);
        core::Session expected(c);
        expected.applyProfile(p);
        const core::Result want = core::buildResult(c, expected.answers(), h.kiosk().settings.region);
        REQUIRE(h.kiosk().person.result.has_value());
        CHECK(h.kiosk().person.result->advice == want.advice);
        CHECK(h.kiosk().person.result->crisis == want.crisis);
        h.frame();
        REQUIRE(tapScrolling(h, "see-services", 1024, 600));
        CHECK(h.kiosk().screen == core::Screen::Services);
        REQUIRE(h.tap("take-away"));
        CHECK(h.kiosk().screen == core::Screen::TakeAway);
        REQUIRE(h.tap("finish"));
        CHECK(h.kiosk().screen == core::Screen::End);
        CHECK_FALSE(h.kiosk().holdsAnswers());
        REQUIRE(h.tap("useful-2"));
        CHECK(h.kiosk().person.usefulRating == 2);
        REQUIRE(h.tap("restart"));
        CHECK(h.kiosk().screen == core::Screen::Welcome);
    }
}

TEST_CASE("language switch mid-way keeps the answers and the question") {
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1920, 1080);
    h.frame();
    h.tap("start");
    h.tap("intro-go");
    const auto& first = testing::shippedContent().questions[0];
    REQUIRE(h.tap("answer-" + first.answers[1].id));
    const int question = h.kiosk().person.session.currentQuestion();
    REQUIRE(h.tap("lang-en"));
    CHECK(h.kiosk().language() == *testing::shippedContent().languageIndex("en"));
    CHECK(h.kiosk().person.session.currentQuestion() == question);
    CHECK(h.kiosk().person.session.answers()[0] == core::Response::of(1));
    REQUIRE(h.tap("back"));
    CHECK(h.kiosk().person.session.currentResponse() == core::Response::of(1));
}

TEST_CASE("quick exit and idle wipe, from every screen kind") {
    const core::Content& c = testing::shippedContent();
    const std::vector<std::function<void(platform::HeadlessKiosk&)>> reach = {
        [](platform::HeadlessKiosk& h) { h.tap("start"); },
        [](platform::HeadlessKiosk& h) { h.tap("start"); h.tap("intro-go"); h.tap("answer-skip"); },
        [](platform::HeadlessKiosk& h) { h.act(core::action::ShowProfile{0}); },
        [](platform::HeadlessKiosk& h) { h.act(core::action::ShowProfile{1}); h.act(core::action::OpenDomain{1}); },
        [](platform::HeadlessKiosk& h) { h.act(core::action::ShowProfile{1}); h.act(core::action::ShowServices{}); },
        [](platform::HeadlessKiosk& h) { h.act(core::action::ShowProfile{1}); h.act(core::action::ShowTakeAway{}); },
        [](platform::HeadlessKiosk& h) { h.act(core::action::ShowProfile{1}); h.act(core::action::Finish{}); },
        [](platform::HeadlessKiosk& h) { h.tap("start"); h.tap("intro-go"); toBodyNow(h); },
        [](platform::HeadlessKiosk& h) { h.tap("start"); h.tap("intro-go"); h.tap("answer-skip"); h.tap("friend-guide"); },
        [](platform::HeadlessKiosk& h) { h.tap("friend-guide"); },
    };
    for (size_t i = 0; i < reach.size(); ++i) {
        CAPTURE(i);
        {
            platform::HeadlessKiosk h(c, {}, 1280, 800);
            h.frame();
            reach[i](h);
            h.frame();
            const std::string before = ui::screenName(h.kiosk());
            CAPTURE(before);
            REQUIRE(h.tap("quick-exit"));
            CHECK(h.kiosk().screen == core::Screen::Neutral);
            CHECK_FALSE(h.kiosk().holdsAnswers());
            CHECK(h.widgets().find("quick-exit") == nullptr);
            h.advance(core::kNeutralScreenSeconds * 1000);
            h.frame();
            CHECK(h.kiosk().screen == core::Screen::Welcome);
        }
        {
            platform::HeadlessKiosk h(c, {}, 1280, 800);
            h.frame();
            reach[i](h);
            h.frame();
            const int64_t idle = int64_t{h.kiosk().settings.idleSeconds} * 1000;
            h.advance(idle + 1000);
            h.frame();
            CHECK(h.widgets().find("still-here") != nullptr);  // the countdown is visible
            h.advance(int64_t{h.kiosk().settings.countdownSeconds} * 1000);
            h.frame();
            CHECK(h.kiosk().screen == core::Screen::Welcome);
            CHECK_FALSE(h.kiosk().holdsAnswers());
        }
    }
}

TEST_CASE("touching the countdown keeps the session and taps nothing below") {
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1280, 800);
    const ImVec2 at = onFirstQuestion(h);
    const float x = at.x, y = at.y;
    h.advance(int64_t{h.kiosk().settings.idleSeconds} * 1000 + 500);
    h.frame();
    REQUIRE(h.widgets().find("still-here"));
    h.tapAt(x, y);  // on the answer, under the overlay
    h.frame();
    CHECK(h.kiosk().screen == core::Screen::Question);
    CHECK(h.kiosk().person.session.currentQuestion() == 0);
    CHECK(h.widgets().find("still-here") == nullptr);
}

TEST_CASE("a drag over answers scrolls and picks nothing") {
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1024, 600);
    const ImVec2 at = onFirstQuestion(h);
    const float x = at.x, y = at.y;
    const ui::RegisteredWidget* answer = h.widgets().find("answer-" + testing::shippedContent().questions[0].answers[0].id);
    const float before = answer->min.y;
    h.drag(x, y, x, y - 150, 8);
    h.advance(2000);
    h.frame();
    CHECK(h.kiosk().person.session.currentQuestion() == 0);
    CHECK(h.kiosk().person.session.blank());
    const ui::RegisteredWidget* moved = h.widgets().find("answer-" + testing::shippedContent().questions[0].answers[1].id);
    REQUIRE(moved);
    CHECK(moved->min.y < before + (answer->max.y - answer->min.y));  // the list moved up
}

TEST_CASE("keyboard: digits answer, Enter goes on, Backspace goes back, Escape exits when windowed") {
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1280, 800);
    h.frame();
    h.key(core::Key::Enter);
    CHECK(h.kiosk().screen == core::Screen::Intro);
    h.key(core::Key::Enter);
    CHECK(h.kiosk().screen == core::Screen::Question);
    h.key(core::Key::Digit, 2);
    CHECK(h.kiosk().person.session.answers()[0] == core::Response::of(1));
    h.key(core::Key::Backspace);
    CHECK(h.kiosk().person.session.currentQuestion() == 0);
    h.key(core::Key::Escape);
    CHECK(h.kiosk().screen == core::Screen::Neutral);
}

TEST_CASE("kiosk mode: Escape does nothing") {
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1280, 800, /*windowed=*/false);
    h.frame();
    h.key(core::Key::Enter);
    h.key(core::Key::Escape);
    CHECK(h.kiosk().screen == core::Screen::Intro);
}

TEST_CASE("every widget's text fits, at the smallest and largest sizes, in both text sizes") {
    const core::Content& c = testing::shippedContent();
    for (auto size : {std::pair{1024, 600}, std::pair{3840, 2160}}) {
        for (bool large : {false, true}) {
            for (core::LanguageIndex lang = 0; lang < static_cast<int>(c.languages.size()); ++lang) {
                platform::HeadlessKiosk h(c, {}, size.first, size.second);
                if (large) h.act(core::action::ToggleTextSize{});
                h.act(core::action::SetLanguage{lang});
                std::vector<std::function<void()>> steps = {
                    [&] {}, [&] { h.act(core::action::OpenFriendGuide{}); }, [&] { h.act(core::action::Back{}); },
                    [&] { h.act(core::action::Start{}); }, [&] { h.act(core::action::BeginQuestions{}); },
                    [&] { h.act(core::action::OpenFriendGuide{}); }, [&] { h.act(core::action::Back{}); },
                    [&] { toBodyNow(h); },
                    [&] { h.act(core::action::ShowProfile{1}); }, [&] { h.act(core::action::ShowServices{}); },
                    [&] { h.act(core::action::ShowTakeAway{}); }, [&] { h.act(core::action::Finish{}); },
                    [&] { h.openTeamPanelFirstUse(); },
                    [&] { h.act(core::action::Team{core::team::ShowTab{core::TeamTab::Export}}); },
                    [&] { h.act(core::action::Team{core::team::ShowTab{core::TeamTab::Settings}}); },
                    [&] { h.act(core::action::Team{core::team::ToggleDemo{}}); },
                    [&] { h.act(core::action::Team{core::team::ShowTab{core::TeamTab::Demo}}); }};
                for (auto& step : steps) {
                    step();
                    h.frame(false);
                    h.frame(false);
                    for (const auto& w : h.widgets().widgets()) {
                        CAPTURE(w.id);
                        CAPTURE(ui::screenName(h.kiosk()));
                        CHECK(w.textFits);
                        CHECK(w.max.x <= static_cast<float>(size.first) + 0.5f);
                    }
                }
            }
        }
    }
}

TEST_CASE("reset gives a fresh kiosk: no screen, setting or answer carries over (shoot relies on it)") {
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1024, 600);
    h.openTeamPanelFirstUse();
    REQUIRE(h.kiosk().screen == core::Screen::TeamPanel);
    h.act(core::action::Team{core::team::ToggleDemo{}});
    REQUIRE(h.kiosk().settings.demo);
    h.reset();
    CHECK(h.kiosk().screen == core::Screen::Welcome);
    CHECK_FALSE(h.kiosk().settings.demo);
    CHECK(h.kiosk().team.pinHash.empty());
    h.act(core::action::ShowProfile{0});
    h.reset();
    CHECK_FALSE(h.kiosk().holdsAnswers());
    h.frame();
    CHECK(h.widgets().find("start") != nullptr);
}

TEST_CASE("the take-away is offered on the results, and back returns there") {
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1920, 1080);
    h.act(core::action::ShowProfile{0});
    h.frame();
    REQUIRE(tapScrolling(h, "results-take-away", 1920, 1080));
    CHECK(h.kiosk().screen == core::Screen::TakeAway);
    REQUIRE(h.kiosk().person.takeAway.has_value());
    REQUIRE(h.tap("takeaway-hide"));
    CHECK(h.kiosk().person.takeAwayHidden);
    CHECK(h.widgets().find("takeaway-show") != nullptr);
    REQUIRE(h.tap("back"));
    CHECK(h.kiosk().screen == core::Screen::Results);
    CHECK_FALSE(h.kiosk().person.takeAway.has_value());  // the code is gone with its screen
}

TEST_CASE("a multiple-choice question: taps tick answers, next appears once one is ticked and goes on") {
    core::Content c = testing::shippedContent();
    c.questions[0].kind = core::QuestionKind::Multiple;
    platform::HeadlessKiosk h(c, {}, 1920, 1080);
    onFirstQuestion(h);
    const float target = h.kioskUi().context().metrics.target;
    for (const auto& a : c.questions[0].answers) {
        const ui::RegisteredWidget* w = h.widgets().find("answer-" + a.id);
        REQUIRE(w);
        CHECK(w->max.y - w->min.y >= target);  // a full touch target per answer, as for single choice
    }
    CHECK_FALSE(h.widgets().find("answer-continue"));  // nothing ticked: no way on but an answer or skip
    REQUIRE(h.tap("answer-" + c.questions[0].answers[0].id));
    REQUIRE(h.tap("answer-" + c.questions[0].answers[2].id));
    CHECK(h.kiosk().person.session.currentQuestion() == 0);
    CHECK(h.kiosk().person.session.currentResponse().answers() == std::vector<int>{0, 2});
    REQUIRE(h.tap("answer-continue"));
    CHECK(h.kiosk().person.session.currentQuestion() == 1);
    REQUIRE(h.tap("back"));
    REQUIRE(h.tap("answer-skip"));  // "prefer not to say" still works, and replaces the ticks
    CHECK(h.kiosk().person.session.answers()[0].isDeclined());
}
