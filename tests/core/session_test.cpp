// Session flow: next, back, skip, branching, wipe, progress.
#include <doctest/doctest.h>

#include "core/session.h"
#include "support/content_fixture.h"

namespace {
int answerIndex(const core::Content& c, const char* ref) { return testing::ref(c, ref).answer; }
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
    CHECK(sheet[1] == answerIndex(c, "freq.weekly"));
    CHECK(sheet[2] == core::kUnanswered);
    CHECK(sheet[3] == core::kPreferNotToSay);
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
    CHECK(s.currentAnswer() == answerIndex(c, "owes.supplier"));
    CHECK(s.back());
    CHECK(s.back());
    CHECK(s.currentQuestion() == 0);
    CHECK_FALSE(s.back());
    s.answer(answerIndex(c, "sells.no"));
    CHECK(s.currentAnswer() == answerIndex(c, "freq.daily"));  // still there after back
    s.answer(answerIndex(c, "freq.daily"));
    CHECK(s.currentQuestion() == 3);  // debts question now hidden
    s.answer(answerIndex(c, "mood.no"));
    CHECK(s.finished());
    CHECK(s.answers()[2] == core::kUnanswered);  // the old supplier answer no longer counts
}

TEST_CASE("wipe forgets everything") {
    const core::Content& c = testing::baseContent();
    core::Session s(c);
    s.answer(answerIndex(c, "sells.yes"));
    CHECK(s.currentQuestion() == 1);
    CHECK(s.answers()[0] == answerIndex(c, "sells.yes"));
    s.wipe();
    CHECK(s.currentQuestion() == 0);
    for (int a : s.answers()) CHECK(a == core::kUnanswered);
    CHECK_FALSE(s.back());
}

TEST_CASE("progress: position and expected total shrink when a branch closes") {
    const core::Content& c = testing::baseContent();
    core::Session s(c);
    CHECK(s.progress().position == 1);
    CHECK(s.progress().expectedTotal == 4);  // the debts question may still come
    s.answer(answerIndex(c, "sells.no"));
    CHECK(s.progress().position == 2);
    CHECK(s.progress().expectedTotal == 3);
    s.skip();
    s.skip();
    CHECK(s.finished());
    CHECK(s.progress().position == 3);
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
    CHECK(sheet[0] == answerIndex(c, "sells.no"));
    CHECK(sheet[1] == core::kPreferNotToSay);
    CHECK(sheet[3] == answerIndex(c, "mood.now"));
    CHECK(s.back());
    CHECK(s.currentQuestion() == 3);
}
