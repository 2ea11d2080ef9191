// The take-away's choices as kiosk state: a tick rebuilds the code, the choices are the
// person's and go with every wipe, and the screen's table lists exactly its lines.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/kiosk/kiosk.h"
#include "core/kiosk/screen_choices.h"
#include "support/content_fixture.h"

namespace {

void onTakeAway(core::Kiosk& k, const core::Content& c, const std::string& profile) {
    const auto at = std::find_if(c.profiles.begin(), c.profiles.end(), [&](const core::Profile& p) { return p.id == profile; });
    core::apply(k, core::action::ShowProfile{static_cast<int>(at - c.profiles.begin())});
    core::apply(k, core::action::ShowTakeAway{});
}

} // namespace

TEST_CASE("take-away: a tick rebuilds the code; the table's choices are the code, numbers only and each line") {
    const core::Content& c = testing::shippedContent();
    core::Kiosk k(c);
    onTakeAway(k, c, "threatened-after-arrest");
    REQUIRE(k.screen == core::Screen::TakeAway);
    const std::string before = k.person.takeAway->text;
    const auto choices = core::screenChoices(k);
    REQUIRE(choices.size() == k.person.takeAway->lines.size() + 2);
    CHECK(choices[0].kind == core::ChoiceKind::CodeSize);
    CHECK(choices[1].kind == core::ChoiceKind::NumbersOnly);
    CHECK(choices[2].selected);  // ticked by default
    core::apply(k, choices[2].action);
    CHECK(k.person.takeAway->text != before);
    CHECK_FALSE(core::screenChoices(k)[2].selected);
    core::apply(k, core::screenChoices(k)[2].action);
    CHECK(k.person.takeAway->text == before);
    core::apply(k, core::action::SetTakeAwayNumbersOnly{true});
    CHECK(k.person.takeAway->text.find(c.ui("advice_title", k.language())) == std::string::npos);
    core::apply(k, core::action::SetTakeAwayEnlarged{true});
    REQUIRE(core::screenChoices(k).size() == 1);  // the enlarged code: only the way back
    CHECK(core::screenChoices(k)[0].kind == core::ChoiceKind::CodeSize);
}

TEST_CASE("take-away: the choices survive a change of language and are wiped with the person") {
    const core::Content& c = testing::shippedContent();
    for (const bool quickExit : {true, false}) {
        core::Kiosk k(c);
    onTakeAway(k, c, "threatened-after-arrest");
        const core::TakeAwayLineId first = k.person.takeAway->lines.front().id;
        core::apply(k, core::action::ToggleTakeAwayLine{first});
        core::apply(k, core::action::SetTakeAwayNumbersOnly{true});
        core::apply(k, core::action::SetLanguage{1});
        CHECK_FALSE(k.person.takeAway->lines.front().ticked);
        CHECK(k.person.takeAwayChoices.numbersOnly);
        if (quickExit) core::apply(k, core::action::QuickExit{});
        else core::apply(k, core::action::Finish{});
        CHECK(k.person.takeAwayChoices.unticked.empty());
        CHECK_FALSE(k.person.takeAwayChoices.numbersOnly);
        CHECK_FALSE(k.person.takeAwayEnlarged);
        CHECK_FALSE(k.person.takeAway.has_value());
    }
}

TEST_CASE("take-away: a line that is not on the list changes nothing") {
    const core::Content& c = testing::shippedContent();
    core::Kiosk k(c);
    onTakeAway(k, c, "low-risk-occasional");
    const std::string before = k.person.takeAway->text;
    core::apply(k, core::action::ToggleTakeAwayLine{{core::TakeAwayLineKind::Advice, 99999}});
    CHECK(k.person.takeAwayChoices.unticked.empty());
    CHECK(k.person.takeAway->text == before);
}
