#include <doctest/doctest.h>

#include "core/model/condition.h"

using core::AnswerRef;
using core::Condition;

TEST_CASE("all / any / both, and prefer-not-to-say never matches") {
    using core::Response;
    core::AnswerSheet sheet{Response::of(1), Response::declined(), Response::of(0), Response()};
    CHECK(core::holds(Condition{}, sheet));
    CHECK(core::holds(Condition{{{0, 1}}, {}}, sheet));
    CHECK_FALSE(core::holds(Condition{{{0, 1}, {2, 1}}, {}}, sheet));
    CHECK(core::holds(Condition{{}, {{2, 1}, {0, 1}}}, sheet));
    CHECK_FALSE(core::holds(Condition{{}, {{2, 1}, {3, 0}}}, sheet));
    CHECK_FALSE(core::holds(Condition{{{0, 1}}, {{2, 1}}}, sheet));
    CHECK(core::holds(Condition{{{0, 1}}, {{2, 0}}}, sheet));
    CHECK_FALSE(core::holds(Condition{{{1, 0}}, {}}, sheet));
    CHECK_FALSE(core::holds(Condition{{{9, 0}}, {}}, sheet));  // out of range: never given
}

TEST_CASE("a multiple-choice response holds every answer among those chosen, and only those") {
    using core::Response;
    const core::AnswerSheet sheet{Response::of(0).with(2)};
    CHECK(core::holds(Condition{{{0, 0}, {0, 2}}, {}}, sheet));
    CHECK(core::holds(Condition{{}, {{0, 1}, {0, 2}}}, sheet));
    CHECK_FALSE(core::holds(Condition{{{0, 1}}, {}}, sheet));
}

TEST_CASE("sheetOf chooses each referenced answer, several on one question when listed") {
    core::Content c;
    c.questions.resize(2);
    const core::AnswerSheet sheet = core::sheetOf(c, {{1, 0}, {1, 3}, {5, 0}});
    CHECK(sheet[0].unanswered());
    CHECK(sheet[1].answers() == std::vector<int>{0, 3});
}
