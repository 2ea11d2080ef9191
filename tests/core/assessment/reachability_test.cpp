#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "core/assessment/reachability.h"
#include "support/every_sheet.h"
#include "support/content_fixture.h"

TEST_CASE("shown questions follow branching, hidden answers are ignored") {
    const core::Content& c = testing::baseContent();
    core::AnswerSheet none(c.questions.size());
    CHECK(core::shownQuestions(c, none) == std::vector<int>{0, 1, 3});
    core::AnswerSheet seller = none;
    seller[0] = core::Response::of(testing::ref(c, "sells.yes").answer);
    CHECK(core::shownQuestions(c, seller) == std::vector<int>{0, 1, 2, 3});
    seller[0] = core::Response::declined();
    CHECK(core::shownQuestions(c, seller) == std::vector<int>{0, 1, 3});
}

TEST_CASE("every base question can be shown") {
    const core::Content& c = testing::baseContent();
    for (int q = 0; q < static_cast<int>(c.questions.size()); ++q) CHECK(core::canBeShown(c, q));
}

TEST_CASE("reachability sees through chains and contradictions") {
    core::Content c = testing::baseContent();
    // owes (needs sells.yes) -> new question needing owes.supplier and sells.no: impossible.
    core::Question q = c.questions[1];
    q.id = "chained";
    q.showIf = core::Condition{{testing::ref(c, "owes.supplier"), testing::ref(c, "sells.no")}, {}};
    c.questions.push_back(q);
    CHECK_FALSE(core::canBeShown(c, 4));
    c.questions[4].showIf = core::Condition{{testing::ref(c, "owes.supplier")}, {testing::ref(c, "sells.no"), testing::ref(c, "freq.daily")}};
    CHECK(core::canBeShown(c, 4));
}

TEST_CASE("answersShowing gives answers that really show the question") {
    const core::Content& c = testing::baseContent();
    const auto found = core::answersShowing(c, 2);  // owes: needs sells.yes
    REQUIRE(found.has_value());
    const auto& answers = *found;
    REQUIRE(answers.size() == 1);
    CHECK(answers[0] == testing::ref(c, "sells.yes"));
    const core::AnswerSheet sheet = core::sheetOf(c, answers);
    CHECK(core::isShown(c, 2, sheet));
    CHECK(core::answersShowing(c, 0)->empty());  // always shown: nothing needed
    core::Content broken = c;
    broken.questions[2].showIf.all.push_back(testing::ref(c, "sells.no"));
    CHECK_FALSE(core::answersShowing(broken, 2).has_value());
}

namespace {

// Content of `n` questions with `answers` answers each and no conditions yet.
core::Content bareQuestions(int n, int answers) {
    core::Content c;
    for (int q = 0; q < n; ++q) {
        core::Question question;
        question.id = "q" + std::to_string(q);
        for (int a = 0; a < answers; ++a) question.answers.push_back(core::Answer{"a" + std::to_string(a), {}, 0, false});
        c.questions.push_back(question);
    }
    return c;
}


uint32_t nextRandom(uint32_t& state) {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
}

} // namespace

TEST_CASE("reachability is exact: it agrees with trying every answer sheet") {
    uint32_t seed = 12345, kindSeed = 777;
    int never = 0, shown = 0;
    for (int round = 0; round < 200; ++round) {
        core::Content c = bareQuestions(7, 3);
        // About a third multiple choice, half of those with an answer that stands alone.
        for (auto& q : c.questions) {
            if (nextRandom(kindSeed) % 3 != 0) continue;
            q.kind = core::QuestionKind::Multiple;
            q.answers[0].alone = nextRandom(kindSeed) % 2 == 0;
        }
        for (int q = 1; q < 7; ++q) {
            auto randomRef = [&] {
                const int to = static_cast<int>(nextRandom(seed) % static_cast<uint32_t>(q));
                return core::AnswerRef{to, static_cast<int>(nextRandom(seed) % 3)};
            };
            const int all = static_cast<int>(nextRandom(seed) % 3), any = static_cast<int>(nextRandom(seed) % 4);
            for (int i = 0; i < all; ++i) c.questions[static_cast<size_t>(q)].showIf.all.push_back(randomRef());
            for (int i = 0; i < any; ++i) c.questions[static_cast<size_t>(q)].showIf.any.push_back(randomRef());
        }
        const core::Reachability r = core::decideReachability(c);
        const std::vector<bool> reachable = testing::shownBySomeSheet(c);
        for (int q = 0; q < 7; ++q) {
            const bool expected = reachable[static_cast<size_t>(q)];
            INFO("round " << round << ", question " << q);
            REQUIRE(r.reach[static_cast<size_t>(q)] != core::Reach::Undecided);
            CHECK((r.reach[static_cast<size_t>(q)] == core::Reach::Shown) == expected);
            if (!expected) { ++never; continue; }
            ++shown;
            const core::AnswerSheet sheet = core::sheetOf(c, r.witness[static_cast<size_t>(q)]);
            const auto path = core::shownQuestions(c, sheet);
            CHECK(std::find(path.begin(), path.end(), q) != path.end());  // the witness really shows it
        }
    }
    CHECK(never > 50);  // the random contents exercise both outcomes
    CHECK(shown > 50);
}

namespace {

// A satisfiability puzzle with no solution: questions 0..v-1 are yes/no variables, one
// question per clause shows when the clause holds (any), and the last question needs every
// clause question answered (all). Hard for any exact method, so the bound must stop it.
core::Content pigeonholePuzzle(int pigeons, int holes) {
    const int vars = pigeons * holes;
    core::Content c = bareQuestions(vars, 2);
    auto var = [&](int p, int h) { return p * holes + h; };
    std::vector<int> clauses;
    auto addClause = [&](std::vector<core::AnswerRef> any) {
        const size_t index = c.questions.size();
        core::Question q;
        q.id = "clause" + std::to_string(index);
        q.answers = {core::Answer{"ok", {}, 0, false}, core::Answer{"other", {}, 0, false}};
        q.showIf.any = std::move(any);
        c.questions.push_back(q);
        clauses.push_back(static_cast<int>(index));
    };
    for (int p = 0; p < pigeons; ++p) {  // every pigeon in some hole
        std::vector<core::AnswerRef> any;
        for (int h = 0; h < holes; ++h) any.push_back({var(p, h), 0});
        addClause(any);
    }
    for (int h = 0; h < holes; ++h) {  // no two pigeons in one hole
        for (int p = 0; p < pigeons; ++p) {
            for (int o = p + 1; o < pigeons; ++o) addClause({{var(p, h), 1}, {var(o, h), 1}});
        }
    }
    core::Question goal;
    goal.id = "goal";
    goal.answers = {core::Answer{"a", {}, 0, false}, core::Answer{"b", {}, 0, false}};
    for (int clause : clauses) goal.showIf.all.push_back({clause, 0});
    c.questions.push_back(goal);
    return c;
}

} // namespace

TEST_CASE("a puzzle beyond the bound is undecided, never counted as shown") {
    const core::Content small = pigeonholePuzzle(3, 2);
    CHECK(core::decideReachability(small).reach.back() == core::Reach::Never);
    const core::Content hard = pigeonholePuzzle(9, 8);
    const core::Reachability r = core::decideReachability(hard);
    CHECK(r.reach.back() == core::Reach::Undecided);
    CHECK_FALSE(core::canBeShown(hard, static_cast<int>(hard.questions.size()) - 1));
    CHECK(r.reach.front() == core::Reach::Shown);  // the simple questions are still decided
}

TEST_CASE("400 questions that are never shown are each decided as such") {
    core::Content c = bareQuestions(2, 2);
    for (int i = 0; i < 400; ++i) {
        core::Question q = c.questions[0];
        q.id = "never" + std::to_string(i);
        q.showIf.all = {{0, 0}, {0, 1}};
        if (i > 0) q.showIf.any = {{static_cast<int>(c.questions.size()) - 1, 0}, {1, 1}};
        c.questions.push_back(q);
    }
    const core::Reachability r = core::decideReachability(c);
    CHECK(std::count(r.reach.begin(), r.reach.end(), core::Reach::Never) == 400);
}

TEST_CASE("two answers of a multiple-choice question can both be demanded; of a single-choice one, never") {
    core::Content c = bareQuestions(2, 3);
    c.questions[1].showIf.all = {{0, 0}, {0, 2}};
    CHECK_FALSE(core::canBeShown(c, 1));
    c.questions[0].kind = core::QuestionKind::Multiple;
    const auto found = core::answersShowing(c, 1);
    REQUIRE(found.has_value());
    CHECK(*found == std::vector<core::AnswerRef>{{0, 0}, {0, 2}});
    CHECK(core::isShown(c, 1, core::sheetOf(c, *found)));
}

TEST_CASE("an answer that stands alone cannot be demanded with another of its question") {
    core::Content c = bareQuestions(2, 3);
    c.questions[0].kind = core::QuestionKind::Multiple;
    c.questions[0].answers[2].alone = true;
    c.questions[1].showIf.all = {{0, 0}, {0, 2}};
    CHECK_FALSE(core::canBeShown(c, 1));
    c.questions[1].showIf.all = {{0, 0}, {0, 1}};
    CHECK(core::canBeShown(c, 1));
}
