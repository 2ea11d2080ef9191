// The longest path through a questionnaire (the progress line's fixed total): exact
// against trying every answer sheet, true for the shipped content, bounded.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "core/assessment/path_length.h"
#include "core/assessment/reachability.h"
#include "core/model/question_kind.h"
#include "support/content_fixture.h"

namespace {

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

// The oracle: every response to every question (unanswered, each answer, and for
// multiple choice every set of answers that can go together), the longest path kept.
void everySheet(const core::Content& c, core::AnswerSheet& sheet, size_t q, int& best) {
    if (q == c.questions.size()) {
        best = std::max(best, static_cast<int>(core::shownQuestions(c, sheet).size()));
        return;
    }
    const core::Question& question = c.questions[q];
    const int n = static_cast<int>(question.answers.size());
    for (uint32_t set = 0; set < (1u << n); ++set) {
        core::Response r;
        bool valid = true;
        for (int a = 0; a < n && valid; ++a) {
            if ((set & (1u << a)) == 0) continue;
            valid = core::canAdd(question, r, a);
            r = r.with(a);
        }
        if (!valid) continue;
        sheet[q] = r;
        everySheet(c, sheet, q + 1, best);
    }
    sheet[q] = core::Response();
}

int longestByEverySheet(const core::Content& c) {
    core::AnswerSheet sheet(c.questions.size());
    int best = 0;
    everySheet(c, sheet, 0, best);
    return best;
}

} // namespace

TEST_CASE("longest path: the heavier of two exclusive branches, not both") {
    core::Content c = bareQuestions(6, 3);
    // q0 a0 opens q1 and q2; q0 a1 opens q3, q4 and q5: one answer, so 1 + 3 at most.
    for (int q : {1, 2}) c.questions[static_cast<size_t>(q)].showIf.any = {{0, 0}};
    for (int q : {3, 4, 5}) c.questions[static_cast<size_t>(q)].showIf.any = {{0, 1}};
    CHECK(core::longestPath(c).questions == 4);
    CHECK(core::longestPath(c).exact);
    // As a multiple-choice question both branches open at once.
    c.questions[0].kind = core::QuestionKind::Multiple;
    CHECK(core::longestPath(c).questions == 6);
    // Unless one of the two stands alone.
    c.questions[0].answers[1].alone = true;
    CHECK(core::longestPath(c).questions == 4);
}

TEST_CASE("longest path is exact: it agrees with trying every answer sheet") {
    uint32_t seed = 4242, kindSeed = 99;
    int differentFromAll = 0;
    for (int round = 0; round < 150; ++round) {
        core::Content c = bareQuestions(6, 3);
        for (auto& q : c.questions) {
            if (nextRandom(kindSeed) % 3 != 0) continue;
            q.kind = core::QuestionKind::Multiple;
            q.answers[0].alone = nextRandom(kindSeed) % 2 == 0;
        }
        for (int q = 1; q < 6; ++q) {
            auto randomRef = [&] {
                const int to = static_cast<int>(nextRandom(seed) % static_cast<uint32_t>(q));
                return core::AnswerRef{to, static_cast<int>(nextRandom(seed) % 3)};
            };
            const int all = static_cast<int>(nextRandom(seed) % 2), any = static_cast<int>(nextRandom(seed) % 3);
            for (int i = 0; i < all; ++i) c.questions[static_cast<size_t>(q)].showIf.all.push_back(randomRef());
            for (int i = 0; i < any; ++i) c.questions[static_cast<size_t>(q)].showIf.any.push_back(randomRef());
        }
        INFO("round " << round);
        const core::PathBound found = core::longestPath(c);
        REQUIRE(found.exact);
        const int expected = longestByEverySheet(c);
        CHECK(found.questions == expected);
        if (expected < 6) ++differentFromAll;
    }
    CHECK(differentFromAll > 30);  // the random contents do close branches
}

TEST_CASE("shipped content: the longest path is 35, and one set of answers shows all 35") {
    const core::Content& c = testing::shippedContent();
    const core::PathBound found = core::longestPath(c);
    CHECK(found.exact);
    CHECK(found.questions == 35);
    CHECK(c.longestPath == 35);  // worked out by the loader
    // The longest path the questionnaire's header describes: cannabis taken most (6 CAST
    // items), alcohol (AUDIT-C), selling (5 more questions), a debt to the supplier,
    // and wanting to change (the obstacle question).
    const std::vector<core::AnswerRef> answers = {
        testing::ref(c, "substances.alcohol"), testing::ref(c, "substances.cannabis"), testing::ref(c, "freq.daily"),
        testing::ref(c, "main.cannabis"),      testing::ref(c, "money.owe_big"),       testing::ref(c, "sells.regularly"),
        testing::ref(c, "stop_use.less"),
    };
    CHECK(core::shownQuestions(c, core::sheetOf(c, answers)).size() == 35);
}

TEST_CASE("longest path: out of steps, the count of every question (no path passes it)") {
    core::Content c = bareQuestions(12, 4);
    for (int q = 1; q < 12; ++q) c.questions[static_cast<size_t>(q)].showIf.any = {{q - 1, 0}, {q - 1, 1}, {q - 1, 2}};
    const core::PathBound small = core::longestPath(c, 50);
    CHECK_FALSE(small.exact);
    CHECK(small.questions == 12);
    const core::PathBound enough = core::longestPath(c);
    CHECK(enough.exact);
    CHECK(enough.questions == 12);
}
