// Scoring boundaries: each side of every threshold of the base fixture.
#include <doctest/doctest.h>

#include "core/assessment/scoring.h"
#include "support/content_fixture.h"

TEST_CASE("level boundaries") {
    const core::Content& c = testing::baseContent();
    const core::Domain& use = c.domains[0];  // low 0-1, moderate 2-3, high 4+
    CHECK(core::levelForScore(use, 0) == 0);
    CHECK(core::levelForScore(use, 1) == 0);
    CHECK(core::levelForScore(use, 2) == 1);
    CHECK(core::levelForScore(use, 3) == 1);
    CHECK(core::levelForScore(use, 4) == 2);
    CHECK(core::levelForScore(use, 40) == 2);
}

TEST_CASE("scores sum per domain, prefer-not-to-say is unanswered, nothing answered has no level") {
    const core::Content& c = testing::baseContent();
    core::AnswerSheet sheet(c.questions.size());
    auto levels = core::scoreDomains(c, sheet);
    CHECK_FALSE(levels[0].level.has_value());
    CHECK_FALSE(levels[1].level.has_value());
    sheet[1] = core::Response::of(testing::ref(c, "freq.daily").answer);  // 3
    sheet[3] = core::Response::of(testing::ref(c, "mood.now").answer);    // 1
    levels = core::scoreDomains(c, sheet);
    CHECK(levels[0].score == 4);
    CHECK(levels[0].answered == 2);
    CHECK(levels[0].level == 2);
    sheet[3] = core::Response::declined();
    levels = core::scoreDomains(c, sheet);
    CHECK(levels[0].score == 3);
    CHECK(levels[0].answered == 1);
    CHECK(levels[0].level == 1);
    sheet[1] = core::Response::of(testing::ref(c, "freq.rarely").answer);
    levels = core::scoreDomains(c, sheet);
    CHECK(levels[0].level == 0);  // answered with a score of 0 is low, not "not assessed"
}

TEST_CASE("crisis flag only from a crisis answer actually given") {
    const core::Content& c = testing::baseContent();
    core::AnswerSheet sheet(c.questions.size());
    CHECK_FALSE(core::crisisRaised(c, sheet));
    sheet[3] = core::Response::of(testing::ref(c, "mood.no").answer);
    CHECK_FALSE(core::crisisRaised(c, sheet));
    sheet[3] = core::Response::of(testing::ref(c, "mood.now").answer);
    CHECK(core::crisisRaised(c, sheet));
}
