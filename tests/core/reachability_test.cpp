#include <doctest/doctest.h>

#include "core/reachability.h"
#include "support/content_fixture.h"

TEST_CASE("shown questions follow branching, hidden answers are ignored") {
    const core::Content& c = testing::baseContent();
    core::AnswerSheet none(c.questions.size(), core::kUnanswered);
    CHECK(core::shownQuestions(c, none) == std::vector<int>{0, 1, 3});
    core::AnswerSheet seller = none;
    seller[0] = testing::ref(c, "sells.yes").answer;
    CHECK(core::shownQuestions(c, seller) == std::vector<int>{0, 1, 2, 3});
    seller[0] = core::kPreferNotToSay;
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
    core::AnswerSheet sheet(c.questions.size(), core::kUnanswered);
    for (const auto& a : answers) sheet[static_cast<size_t>(a.question)] = a.answer;
    CHECK(core::isShown(c, 2, sheet));
    CHECK(core::answersShowing(c, 0)->empty());  // always shown: nothing needed
    core::Content broken = c;
    broken.questions[2].showIf.all.push_back(testing::ref(c, "sells.no"));
    CHECK_FALSE(core::answersShowing(broken, 2).has_value());
}
