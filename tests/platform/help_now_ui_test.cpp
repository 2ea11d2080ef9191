// Help now through the real views: every crisis answer of the shipped content visible
// without scrolling at 1024x600, 1280x800 and 720x1280, in every language, at the
// largest text size; a list that scrolls says more answers follow; the emergency
// screen's buttons; the friend guide's button on the welcome screen and the questions.
#include <doctest/doctest.h>

#include "core/assessment/reachability.h"
#include "platform/headless_kiosk.h"
#include "ui/kiosk_view.h"
#include "support/content_fixture.h"

namespace {

namespace act = core::action;

struct Size { int width, height; };
constexpr Size kSizes[] = {{1024, 600}, {1280, 800}, {720, 1280}};

// To `question` by actions, as shoot does (the answers that show it, skips elsewhere).
void toQuestion(platform::HeadlessKiosk& h, int question) {
    const core::Content& c = *h.kiosk().content;
    const auto answers = core::answersShowing(c, question).value_or(std::vector<core::AnswerRef>{});
    h.act(act::Start{});
    h.act(act::BeginQuestions{});
    for (size_t guard = 0; guard < c.questions.size() && h.kiosk().person.session.currentQuestion() != question; ++guard) {
        const int current = h.kiosk().person.session.currentQuestion();
        bool given = false;
        for (const core::AnswerRef& a : answers) {
            if (a.question != current) continue;
            h.act(act::Answer{a.answer});
            given = true;
        }
        if (!given) h.act(act::Skip{});
        h.act(act::Continue{});
    }
    REQUIRE(h.kiosk().person.session.currentQuestion() == question);
    h.frame(false);
    h.frame(false);
}

bool overlaps(const ui::RegisteredWidget& a, const ui::RegisteredWidget& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

} // namespace

TEST_CASE("every crisis answer is visible without scrolling, at three sizes, in every language, in large text") {
    const core::Content& c = testing::shippedContent();
    int checked = 0;
    for (const Size size : kSizes) {
        platform::HeadlessKiosk h(c, {}, size.width, size.height);
        REQUIRE(h.ok());
        for (size_t l = 0; l < c.languages.size(); ++l) {
            for (size_t q = 0; q < c.questions.size(); ++q) {
                for (size_t a = 0; a < c.questions[q].answers.size(); ++a) {
                    if (!c.questions[q].answers[a].crisis) continue;
                    CAPTURE(size.width);
                    CAPTURE(size.height);
                    CAPTURE(c.languages[l].id);
                    CAPTURE(c.questions[q].id + "." + c.questions[q].answers[a].id);
                    h.reset();
                    h.act(act::SetLanguage{static_cast<core::LanguageIndex>(l)});
                    h.act(act::ToggleTextSize{});
                    REQUIRE(h.kiosk().textSize == core::TextSize::Large);
                    toQuestion(h, static_cast<int>(q));
                    const ui::RegisteredWidget* w = h.widgets().find("answer-" + c.questions[q].answers[a].id);
                    REQUIRE(w);
                    CHECK(w->whole);
                    CHECK(w->textFits);
                    CHECK(w->max.y - w->min.y >= h.kioskUi().context().metrics.target * 0.99f);
                    if (const ui::RegisteredWidget* band = h.widgets().find("more-answers")) CHECK_FALSE(overlaps(*w, *band));
                    ++checked;
                }
            }
        }
    }
    CHECK(checked == 3 * static_cast<int>(c.languages.size()) * 4);
}

TEST_CASE("a list of answers that scrolls says plainly that more answers follow, until its end is reached") {
    const core::Content& c = testing::shippedContent();
    platform::HeadlessKiosk h(c, {}, 1024, 600);
    REQUIRE(h.ok());
    int scrolling = 0;
    for (size_t q = 0; q < c.questions.size(); ++q) {
        CAPTURE(c.questions[q].id);
        h.reset();
        h.act(act::ToggleTextSize{});
        toQuestion(h, static_cast<int>(q));
        const bool scrolls = h.kioskUi().context().scrollMax > 0;
        CHECK((h.widgets().find("more-answers") != nullptr) == scrolls);
        if (!scrolls) continue;
        ++scrolling;
        // Dragged to the end: the band goes, the last answer ("prefer not to say") shows whole.
        for (int i = 0; i < 20 && h.widgets().find("more-answers"); ++i) {
            h.drag(500, 450, 500, 150, 6, false);
            h.advance(1000);
            h.frame(false);
            h.frame(false);
        }
        CHECK_FALSE(h.widgets().find("more-answers"));
        const ui::RegisteredWidget* skip = h.widgets().find("answer-skip");
        REQUIRE(skip);
        CHECK(skip->whole);
    }
    CHECK(scrolling > 0);  // large text at 1024x600: some lists do scroll
}

TEST_CASE("tapping a crisis answer shows its emergency screen; back and go on by tap") {
    const core::Content& c = testing::shippedContent();
    for (const Size size : kSizes) {
        CAPTURE(size.width);
        platform::HeadlessKiosk h(c, {}, size.width, size.height);
        REQUIRE(h.ok());
        h.kiosk().settings.standDescription = "T-shirts orange";
        const core::AnswerRef now = testing::ref(c, "suicide.now");
        toQuestion(h, now.question);
        REQUIRE(h.tap("answer-now", false));
        REQUIRE(h.kiosk().screen == core::Screen::Emergency);
        CHECK(ui::screenName(h.kiosk()) == "emergency-crisis-suicide");
        for (const char* id : {"emergency-go-on", "emergency-back", "quick-exit"}) {
            CAPTURE(id);
            const ui::RegisteredWidget* w = h.widgets().find(id);
            REQUIRE(w);
            CHECK(w->whole);
            CHECK(w->textFits);
        }
        REQUIRE(h.tap("emergency-back", false));
        CHECK(h.kiosk().screen == core::Screen::Question);
        CHECK(h.kiosk().person.session.currentQuestion() == now.question);
        REQUIRE(h.tap("answer-now", false));
        REQUIRE(h.tap("emergency-go-on", false));
        CHECK(h.kiosk().screen == core::Screen::Question);
        CHECK(h.kiosk().person.session.currentQuestion() != now.question);
    }
}

TEST_CASE("the friend guide button: on the welcome screen and every question, as large as quick exit, back to the same place") {
    const core::Content& c = testing::shippedContent();
    for (const Size size : kSizes) {
        CAPTURE(size.width);
        platform::HeadlessKiosk h(c, {}, size.width, size.height);
        REQUIRE(h.ok());
        h.frame(false);
        REQUIRE(h.tap("friend-guide", false));
        CHECK(h.kiosk().screen == core::Screen::FriendGuide);
        REQUIRE(h.tap("friend-guide-back", false));
        CHECK(h.kiosk().screen == core::Screen::Welcome);
        for (size_t q = 0; q < c.questions.size(); ++q) {
            CAPTURE(c.questions[q].id);
            h.reset();
            toQuestion(h, static_cast<int>(q));
            const core::AnswerSheet before = h.kiosk().person.session.answers();
            const ui::RegisteredWidget* help = h.widgets().find("friend-guide");
            const ui::RegisteredWidget* exit = h.widgets().find("quick-exit");
            REQUIRE(help);
            REQUIRE(exit);
            CHECK(help->whole);
            CHECK(help->textFits);
            CHECK(help->max.y - help->min.y >= exit->max.y - exit->min.y - 1);
            CHECK_FALSE(overlaps(*help, *exit));
            for (const auto& w : h.widgets().widgets()) {
                if (w.id.rfind("lang-", 0) == 0 || w.id == "text-size") CHECK_FALSE(overlaps(*help, w));
            }
            REQUIRE(h.tap("friend-guide", false));
            REQUIRE(h.kiosk().screen == core::Screen::FriendGuide);
            REQUIRE(h.tap("friend-guide-back", false));
            CHECK(h.kiosk().screen == core::Screen::Question);
            CHECK(h.kiosk().person.session.currentQuestion() == static_cast<int>(q));
            CHECK(h.kiosk().person.session.answers() == before);
        }
    }
}
