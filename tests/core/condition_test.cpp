#include <doctest/doctest.h>

#include "core/condition.h"

using core::AnswerRef;
using core::Condition;

TEST_CASE("all / any / both, and prefer-not-to-say never matches") {
    core::AnswerSheet sheet{1, core::kPreferNotToSay, 0, core::kUnanswered};
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
