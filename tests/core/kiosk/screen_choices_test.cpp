#include <doctest/doctest.h>

#include "core/kiosk/screen_choices.h"
#include "support/content_fixture.h"

namespace act = core::action;

TEST_CASE("a question's choices: its answers numbered in the shown language, then prefer not to say") {
    const core::Content& c = testing::baseContent();
    core::Kiosk k(c);
    core::apply(k, act::Start{});
    core::apply(k, act::BeginQuestions{});
    auto choices = core::screenChoices(k);
    REQUIRE(choices.size() == 3);  // sells: no, yes
    CHECK(choices[0].id == "answer-no");
    CHECK(choices[0].label == "1   " + c.questions[0].answers[0].text.in(k.language()));
    CHECK(std::get<act::Answer>(choices[1].action).index == 1);
    CHECK(choices[2].id == "answer-skip");
    CHECK(choices[2].label == "3   " + c.ui("prefer_not_to_say", k.language()));
    CHECK(std::holds_alternative<act::Skip>(choices[2].action));
    for (const auto& choice : choices) CHECK_FALSE(choice.selected);
    core::apply(k, act::Skip{});
    core::apply(k, act::Back{});
    choices = core::screenChoices(k);
    CHECK(choices[2].selected);  // the decline, shown after back
    CHECK_FALSE(choices[0].selected);
    CHECK_FALSE(core::waitsForContinue(k));
    CHECK(core::mayContinue(k));
}

TEST_CASE("a multiple-choice question shows each answer toggled on and waits for continue") {
    core::Content c = testing::baseContent();
    c.questions[0].kind = core::QuestionKind::Multiple;
    core::Kiosk k(c);
    core::apply(k, act::Start{});
    core::apply(k, act::BeginQuestions{});
    CHECK(core::waitsForContinue(k));
    CHECK_FALSE(core::mayContinue(k));
    core::apply(k, act::Answer{0});
    core::apply(k, act::Answer{1});
    const auto choices = core::screenChoices(k);
    CHECK(choices[0].selected);
    CHECK(choices[1].selected);
    CHECK_FALSE(choices[2].selected);
    CHECK(core::mayContinue(k));
    core::apply(k, act::Continue{});
    CHECK(k.person.session.currentQuestion() == 1);
    CHECK_FALSE(core::waitsForContinue(k));
}

TEST_CASE("results: one tile per domain opening its advice; end: the three ratings until one is given") {
    const core::Content& c = testing::baseContent();
    core::Kiosk k(c);
    CHECK(core::screenChoices(k).empty());  // welcome has no numbered buttons
    core::apply(k, act::ShowProfile{0});
    auto choices = core::screenChoices(k);
    REQUIRE(choices.size() == c.domains.size());
    for (size_t d = 0; d < choices.size(); ++d) {
        CHECK(choices[d].id == "tile-" + c.domains[d].id);
        CHECK(choices[d].label == c.domains[d].name.in(k.language()));
        CHECK(std::get<act::OpenDomain>(choices[d].action).domain == static_cast<int>(d));
    }
    core::apply(k, act::Finish{});
    choices = core::screenChoices(k);
    REQUIRE(choices.size() == 3);
    CHECK(choices[0].id == "useful-2");
    CHECK(choices[0].label == c.ui("useful_yes", k.language()));
    CHECK(std::get<act::RateUseful>(choices[2].action).rating == 0);
    core::apply(k, choices[0].action);
    CHECK(core::screenChoices(k).empty());
}
