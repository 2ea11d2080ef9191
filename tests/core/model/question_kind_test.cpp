#include <doctest/doctest.h>

#include "core/model/question_kind.h"

using core::Response;

namespace {
core::Question question(core::QuestionKind kind) {
    core::Question q;
    q.kind = kind;
    q.answers = {core::Answer{"a", {}, 2, false}, core::Answer{"b", {}, 1, true}, core::Answer{"c", {}, 0, false}};
    return q;
}
} // namespace

TEST_CASE("kinds by name: single and multiple, nothing else") {
    CHECK(core::kindNamed("single") == core::QuestionKind::Single);
    CHECK(core::kindNamed("multiple") == core::QuestionKind::Multiple);
    CHECK_FALSE(core::kindNamed("Multiple").has_value());
    CHECK_FALSE(core::kindNamed("").has_value());
    CHECK(std::string(core::kindName(core::QuestionKind::Multiple)) == "multiple");
    CHECK(std::string(core::kindName(core::QuestionKind::Single)) == "single");
}

TEST_CASE("single choice: a tap takes that answer alone and moves on") {
    const core::Question q = question(core::QuestionKind::Single);
    CHECK(core::tapMovesOn(q));
    CHECK_FALSE(core::allowsSeveral(q));
    CHECK(core::afterTap(q, Response::of(0), 2) == Response::of(2));
    CHECK(core::afterTap(q, Response::declined(), 1) == Response::of(1));
    CHECK(core::afterTap(q, Response::of(0), 3) == Response::of(0));  // no such answer: unchanged
}

TEST_CASE("multiple choice: a tap toggles, and waits for continue") {
    const core::Question q = question(core::QuestionKind::Multiple);
    CHECK_FALSE(core::tapMovesOn(q));
    CHECK(core::allowsSeveral(q));
    const Response two = core::afterTap(q, core::afterTap(q, Response(), 0), 2);
    CHECK(two.answers() == std::vector<int>{0, 2});
    CHECK(core::afterTap(q, two, 0) == Response::of(2));
    CHECK(core::afterTap(q, Response::declined(), 1) == Response::of(1));
}

TEST_CASE("score: the answer's, or the highest of those chosen; crisis from any chosen") {
    const core::Question q = question(core::QuestionKind::Multiple);
    CHECK(core::responseScore(q, Response()) == 0);
    CHECK(core::responseScore(q, Response::declined()) == 0);
    CHECK(core::responseScore(q, Response::of(1)) == 1);
    CHECK(core::responseScore(q, Response::of(1).with(0).with(2)) == 2);  // not 3: the riskiest counts once
    CHECK(core::highestScore(q) == 2);
    CHECK(core::raisesCrisis(q, Response::of(2).with(1)));
    CHECK_FALSE(core::raisesCrisis(q, Response::of(0).with(2)));
    CHECK_FALSE(core::raisesCrisis(q, Response::declined()));
}

TEST_CASE("multiple choice: an answer that stands alone clears the others, and any other clears it") {
    core::Question q = question(core::QuestionKind::Multiple);
    q.answers[2].alone = true;  // "none of these"
    const Response two = Response::of(0).with(1);
    CHECK(core::afterTap(q, two, 2) == Response::of(2));
    CHECK(core::afterTap(q, Response::of(2), 0) == Response::of(0));
    CHECK(core::canAdd(q, Response::of(0), 1));
    CHECK_FALSE(core::canAdd(q, Response::of(0), 2));
    CHECK_FALSE(core::canAdd(q, Response::of(2), 0));
    CHECK(core::canAdd(q, Response(), 2));
    CHECK_FALSE(core::canAdd(question(core::QuestionKind::Single), Response::of(0), 1));
}
