// Session flow: next, back, skip, branching, wipe, progress.
#include <doctest/doctest.h>

#include "core/assessment/session.h"
#include "support/content_fixture.h"

namespace {
int answerIndex(const core::Content& c, const char* ref) { return testing::ref(c, ref).answer; }
core::Response given(const core::Content& c, const char* ref) { return core::Response::of(answerIndex(c, ref)); }
} // namespace

TEST_CASE("a non-seller is not asked about debts") {
    const core::Content& c = testing::baseContent();
    core::Session s(c);
    CHECK(s.currentQuestion() == 0);
    s.answer(answerIndex(c, "sells.no"));
    CHECK(s.currentQuestion() == 1);
    s.answer(answerIndex(c, "freq.weekly"));
    CHECK(s.currentQuestion() == 3);
    s.skip();
    CHECK(s.finished());
    const auto sheet = s.answers();
    CHECK(sheet[1] == given(c, "freq.weekly"));
    CHECK(sheet[2].unanswered());
    CHECK(sheet[3].isDeclined());
}

TEST_CASE("back keeps answers, changing an earlier answer drops a hidden branch") {
    const core::Content& c = testing::baseContent();
    core::Session s(c);
    s.answer(answerIndex(c, "sells.yes"));
    s.answer(answerIndex(c, "freq.daily"));
    CHECK(s.currentQuestion() == 2);
    s.answer(answerIndex(c, "owes.supplier"));
    CHECK(s.currentQuestion() == 3);
    CHECK(s.back());
    CHECK(s.currentQuestion() == 2);
    CHECK(s.currentResponse() == given(c, "owes.supplier"));
    CHECK(s.back());
    CHECK(s.back());
    CHECK(s.currentQuestion() == 0);
    CHECK_FALSE(s.back());
    s.answer(answerIndex(c, "sells.no"));
    CHECK(s.currentResponse() == given(c, "freq.daily"));  // still there after back
    s.answer(answerIndex(c, "freq.daily"));
    CHECK(s.currentQuestion() == 3);  // debts question now hidden
    s.answer(answerIndex(c, "mood.no"));
    CHECK(s.finished());
    CHECK(s.answers()[2].unanswered());  // the old supplier answer no longer counts
}

TEST_CASE("wipe forgets everything") {
    const core::Content& c = testing::baseContent();
    core::Session s(c);
    s.answer(answerIndex(c, "sells.yes"));
    CHECK(s.currentQuestion() == 1);
    CHECK(s.answers()[0] == given(c, "sells.yes"));
    s.wipe();
    CHECK(s.currentQuestion() == 0);
    for (const auto& a : s.answers()) CHECK(a.unanswered());
    CHECK_FALSE(s.back());
}

TEST_CASE("progress: the total is the longest path and stays put when a branch closes") {
    const core::Content& c = testing::baseContent();
    core::Session s(c);
    CHECK(s.progress().position == 1);
    CHECK(s.progress().total == 4);  // sells, freq, the debts question (for sellers), mood
    s.answer(answerIndex(c, "sells.no"));
    CHECK(s.progress().position == 2);
    CHECK(s.progress().total == 4);  // the debts question is now closed: the total does not move
    s.skip();
    CHECK(s.progress().position == 3);
    CHECK(s.progress().total == 4);
    s.skip();
    CHECK(s.finished());
    CHECK(s.progress().position == 3);
}

namespace {
// Walks a sample profile through the session as a person would tap it: each answer of
// the current question (a single-choice question takes its last), "next" after a
// multiple-choice one, "prefer not to say" where the profile gives none. Returns the
// progress shown on each question.
std::vector<core::Progress> walk(const core::Content& c, const core::Profile& profile) {
    core::Session s(c);
    std::vector<core::Progress> shown;
    while (!s.finished()) {
        shown.push_back(s.progress());
        const int q = s.currentQuestion();
        std::vector<int> given;
        for (const core::AnswerRef& r : profile.answers) {
            if (r.question == q) given.push_back(r.answer);
        }
        if (given.empty()) {
            s.skip();
        } else if (c.questions[static_cast<size_t>(q)].kind == core::QuestionKind::Single) {
            s.answer(given.back());
        } else {
            for (int a : given) s.answer(a);
            REQUIRE(s.goOn());
        }
        REQUIRE(shown.size() <= c.questions.size());
    }
    return shown;
}
} // namespace

TEST_CASE("progress on every sample profile: the total never changes and N never passes it") {
    const core::Content& c = testing::shippedContent();
    REQUIRE(c.longestPath == 35);  // the third edition's limit, reached by one path (path_length_test)
    REQUIRE(!c.profiles.empty());
    for (const core::Profile& profile : c.profiles) {
        CAPTURE(profile.id);
        const std::vector<core::Progress> shown = walk(c, profile);
        REQUIRE(!shown.empty());
        for (size_t i = 0; i < shown.size(); ++i) {
            CHECK(shown[i].total == 35);
            CHECK(shown[i].position == static_cast<int>(i) + 1);
            CHECK(shown[i].position <= shown[i].total);
        }
    }
}

TEST_CASE("progress after going back and changing a branching answer: same total, N within it") {
    const core::Content& c = testing::shippedContent();
    core::Session s(c);
    const int total = s.progress().total;
    // Up to the substance taken most, through the longest branch (cannabis: the 6 CAST
    // items), back, then the shorter one (cocaine: the 5 dependence items).
    s.answer(answerIndex(c, "age.18to25"));
    s.answer(answerIndex(c, "substances.cannabis"));
    s.answer(answerIndex(c, "substances.cocaine"));
    REQUIRE(s.goOn());
    s.answer(answerIndex(c, "freq.weekly"));
    s.answer(answerIndex(c, "main.cannabis"));
    const int afterMain = s.progress().position;
    CHECK(s.back());
    s.answer(answerIndex(c, "main.cocaine"));
    CHECK(s.progress().position == afterMain);
    while (!s.finished()) {
        CHECK(s.progress().total == total);
        CHECK(s.progress().position <= total);
        s.skip();
    }
}

TEST_CASE("answers out of range and actions after the end are ignored") {
    const core::Content& c = testing::baseContent();
    core::Session s(c);
    s.answer(99);
    s.answer(-1);
    CHECK(s.currentQuestion() == 0);
    s.applyProfile(c.profiles[0]);
    CHECK(s.finished());
    s.answer(0);
    s.skip();
    CHECK(s.finished());
}

TEST_CASE("applying a profile answers its questions and skips the others") {
    const core::Content& c = testing::baseContent();
    core::Session s(c);
    s.applyProfile(c.profiles[1]);  // crisis: sells.no, mood.now
    CHECK(s.finished());
    const auto sheet = s.answers();
    CHECK(sheet[0] == given(c, "sells.no"));
    CHECK(sheet[1].isDeclined());
    CHECK(sheet[3] == given(c, "mood.now"));
    CHECK(s.back());
    CHECK(s.currentQuestion() == 3);
}

namespace {
// The base content with "freq" made multiple choice.
core::Content withMultipleFreq() {
    core::Content c = testing::baseContent();
    c.questions[1].kind = core::QuestionKind::Multiple;
    return c;
}
} // namespace

TEST_CASE("multiple choice: taps toggle answers, continue goes on with all of them") {
    const core::Content c = withMultipleFreq();
    core::Session s(c);
    s.answer(answerIndex(c, "sells.no"));
    CHECK_FALSE(s.goOn());  // nothing chosen: no way on but an answer or "prefer not to say"
    s.answer(answerIndex(c, "freq.weekly"));
    s.answer(answerIndex(c, "freq.daily"));
    s.answer(answerIndex(c, "freq.rarely"));
    s.answer(answerIndex(c, "freq.rarely"));  // toggled off again
    CHECK(s.currentQuestion() == 1);          // still here: taps do not move on
    CHECK(s.currentResponse().answers() == std::vector<int>{answerIndex(c, "freq.weekly"), answerIndex(c, "freq.daily")});
    CHECK(s.goOn());
    CHECK(s.currentQuestion() == 3);
    CHECK(s.back());
    CHECK(s.currentResponse().has(answerIndex(c, "freq.daily")));  // kept after back
    s.skip();
    CHECK(s.answers()[1].isDeclined());  // "prefer not to say" replaces the answers chosen
}

TEST_CASE("single choice: continue goes on only with an answer or a decline kept from before") {
    const core::Content& c = testing::baseContent();
    core::Session s(c);
    CHECK_FALSE(s.goOn());
    s.skip();
    CHECK(s.back());
    CHECK(s.goOn());
    CHECK(s.currentQuestion() == 1);
    CHECK(s.answers()[0].isDeclined());
}

TEST_CASE("a profile can give several answers to a multiple-choice question") {
    core::Content c = withMultipleFreq();
    c.profiles[0].answers = {testing::ref(c, "freq.weekly"), testing::ref(c, "freq.daily")};
    core::Session s(c);
    s.applyProfile(c.profiles[0]);
    CHECK(s.answers()[1].answers().size() == 2);
}
