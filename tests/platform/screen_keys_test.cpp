// Each key does what its button does, on every screen: two headless kiosks are brought to
// the same screen; on one the button of the screen's table (core/kiosk/screen_actions.h)
// is tapped where the view drew it, on the other the key is pressed; both must end in the
// same state. A key whose button the screen lacks must change nothing.
#include <doctest/doctest.h>

#include <functional>
#include <sstream>

#include "core/kiosk/keys.h"
#include "core/kiosk/screen_actions.h"
#include "platform/headless_kiosk.h"
#include "support/content_fixture.h"

namespace {

using core::Key;
using Path = std::function<void(platform::HeadlessKiosk&)>;

// What a person or the team could tell apart on screen.
std::string stateOf(platform::HeadlessKiosk& h) {
    const core::Kiosk& k = h.kiosk();
    std::ostringstream s;
    s << static_cast<int>(k.screen) << '/' << k.language() << '/' << static_cast<int>(k.textSize) << '/' << k.languagePickerOpen
      << '/' << k.person.session.currentQuestion() << '/' << k.person.session.answers().size() << '/'
      << k.person.session.currentResponse().unanswered() << '/';
    for (int a = 0; a < core::Response::kMaxAnswers; ++a) s << k.person.session.currentResponse().has(a);
    s << '/' << k.person.result.has_value() << '/'
      << k.person.openDomain << '/' << k.person.usefulRating.value_or(-1) << '/' << static_cast<int>(k.team.tab) << '/'
      << k.person.pinTyped.size() << '/' << k.settings.eventLabel << '/' << k.team.message << '/' << k.team.quitAsked << '/'
      << k.update.preview.has_value() << '/' << k.update.offers.size() << '/' << k.person.takeAwayEnlarged << '/'
      << k.person.takeAwayChoices.numbersOnly << '/' << k.person.takeAwayChoices.unticked.size();
    return s.str();
}

// First answers until a question that waits for "continue", with one answer ticked.
void toMultipleChoice(platform::HeadlessKiosk& h) {
    h.act(core::action::Start{});
    h.act(core::action::BeginQuestions{});
    for (int i = 0; i < 60 && h.kiosk().screen == core::Screen::Question; ++i) {
        if (core::waitsForContinue(h.kiosk())) { h.act(core::action::Answer{0}); return; }
        h.act(core::action::Answer{0});
    }
    FAIL("no multiple-choice question on the first answers' path");
}

// The content tab with two packs listed (as io would report them) and a previous content.
void toPacks(platform::HeadlessKiosk& h) {
    h.openTeamPanelFirstUse();
    h.act(core::action::Team{core::team::ShowTab{core::TeamTab::Content}});
    core::PackOffer a;
    a.path = "/nonexistent/lyon.rpk";
    a.fileName = "lyon.rpk";
    a.signerName = "Équipe";
    core::PackOffer b = a;
    b.fileName = "autre.rpk";
    b.problem = {"pack_untrusted", "0000 0000 0000 0000"};
    h.act(core::action::PacksFound{{"STICK"}, {a, b}, true});
}

struct Place { const char* name; Path path; };

std::vector<Place> places() {
    using namespace core::action;
    return {
        {"welcome", [](auto&) {}},
        {"welcome, large text", [](auto& h) { h.act(ToggleTextSize{}); h.act(SetLanguage{1}); }},
        {"intro", [](auto& h) { h.act(Start{}); }},
        {"question", [](auto& h) { h.act(Start{}); h.act(BeginQuestions{}); }},
        {"question answered, back on it", [](auto& h) { h.act(Start{}); h.act(BeginQuestions{}); h.act(Answer{0}); h.act(Back{}); }},
        {"multiple choice", toMultipleChoice},
        {"language picker", [](auto& h) { h.act(Start{}); h.act(OpenLanguagePicker{}); }},
        {"results", [](auto& h) { h.act(ShowProfile{0}); }},
        {"advice", [](auto& h) { h.act(ShowProfile{0}); h.act(OpenDomain{h.kiosk().person.result->domains[0].domain}); }},
        {"services", [](auto& h) { h.act(ShowProfile{0}); h.act(ShowServices{}); }},
        {"take-away", [](auto& h) { h.act(ShowProfile{0}); h.act(ShowTakeAway{}); }},
        {"take-away, numbers only", [](auto& h) { h.act(ShowProfile{0}); h.act(ShowTakeAway{}); h.act(SetTakeAwayNumbersOnly{true}); }},
        {"take-away, code enlarged", [](auto& h) { h.act(ShowProfile{0}); h.act(ShowTakeAway{}); h.act(SetTakeAwayEnlarged{true}); }},
        {"end", [](auto& h) { h.act(ShowProfile{0}); h.act(Finish{}); }},
        {"end, rated", [](auto& h) { h.act(ShowProfile{0}); h.act(Finish{}); h.act(RateUseful{2}); }},
        {"end after a language change", [](auto& h) { h.act(SetLanguage{1}); h.act(ToggleTextSize{}); h.act(ShowProfile{0}); h.act(Finish{}); }},
        {"neutral", [](auto& h) { h.act(Start{}); h.act(QuickExit{}); }},
        {"team PIN", [](auto& h) { h.act(Team{core::team::Open{}}); h.act(Team{core::team::Digit{4}}); }},
        {"team panel, settings", [](auto& h) { h.openTeamPanelFirstUse(); h.act(Team{core::team::ShowTab{core::TeamTab::Settings}}); h.act(Team{core::team::TypeLabel{"AB"}}); }},
        {"team panel, dashboard", [](auto& h) { h.openTeamPanelFirstUse(); }},
        {"team panel, quit asked", [](auto& h) { h.openTeamPanelFirstUse(); h.act(Team{core::team::Quit{}}); }},
        {"team panel, packs on a stick", [](auto& h) { toPacks(h); }},
        {"team panel, a pack shown", [](auto& h) { toPacks(h); h.act(PackShown{core::PackPreview{h.kiosk().update.offers[0], {}, {}, {}}}); }},
    };
}

struct Check { Key key; int digit; std::function<std::optional<core::ScreenButton>(const core::ScreenActions&)> button; };

void compare(const Place& place, const Check& check, const std::string& what) {
    CAPTURE(place.name);
    CAPTURE(what);
    // Tall enough that every button of a screen is in view without scrolling (the team
    // panel's settings hold the label keyboard low down); layout is tested elsewhere.
    const int w = 1280, h = 3000;
    platform::HeadlessKiosk tapped(testing::shippedContent(), {}, w, h), pressed(testing::shippedContent(), {}, w, h);
    REQUIRE(tapped.ok());
    for (auto* k : {&tapped, &pressed}) { place.path(*k); k->frame(false); }
    REQUIRE(stateOf(tapped) == stateOf(pressed));
    const std::string before = stateOf(pressed);
    const auto button = check.button(core::screenActions(tapped.kiosk(), tapped.now()));
    pressed.key(check.key, check.digit, false);
    if (!button) {
        CHECK(stateOf(pressed) == before);  // no button, so the key does nothing
        return;
    }
    CAPTURE(button->id);
    REQUIRE(tapped.widgets().find(button->id));  // the view drew the table's button
    REQUIRE(tapped.tap(button->id, false));
    CHECK(stateOf(tapped) == stateOf(pressed));
    CAPTURE(before);
    CHECK(stateOf(tapped) != before);  // and it did something
}

} // namespace

TEST_CASE("screen keys: every key does what its button does, on every screen") {
    const std::vector<Check> keys = {
        {Key::Enter, 0, [](const core::ScreenActions& a) { return a.main; }},
        {Key::Backspace, 0, [](const core::ScreenActions& a) { return a.back; }},
        {Key::Escape, 0, [](const core::ScreenActions& a) { return a.exit; }},
    };
    const char* names[] = {"enter", "backspace", "escape"};
    for (const Place& place : places()) {
        for (size_t i = 0; i < keys.size(); ++i) compare(place, keys[i], names[i]);
        for (int digit = 1; digit <= 3; ++digit) {
            if (place.name == std::string("team PIN")) continue;  // the PIN pad's digits are digits
            compare(place, {Key::Digit, digit, [digit](const core::ScreenActions& a) {
                        if (digit > static_cast<int>(a.choices.size())) return std::optional<core::ScreenButton>{};
                        const core::Choice& c = a.choices[static_cast<size_t>(digit - 1)];
                        return std::optional<core::ScreenButton>{core::ScreenButton{c.id, c.label, c.action}};
                    }}, "digit " + std::to_string(digit));
        }
    }
}

TEST_CASE("screen keys: the end screen's Back forgets the person's language and text size") {
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1024, 600);
    h.act(core::action::SetLanguage{1});
    h.act(core::action::ToggleTextSize{});
    h.act(core::action::ShowProfile{0});
    h.act(core::action::Finish{});
    h.act(core::action::Back{});
    CHECK(h.kiosk().screen == core::Screen::Welcome);
    CHECK(h.kiosk().language() == h.kiosk().startLanguage());
    CHECK(h.kiosk().textSize == core::TextSize::Normal);
}

TEST_CASE("screen keys: the neutral screen offers no quick exit, and the core accepts none there") {
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1024, 600);
    h.act(core::action::Start{});
    h.act(core::action::QuickExit{});
    REQUIRE(h.kiosk().screen == core::Screen::Neutral);
    h.frame(false);
    CHECK_FALSE(core::screenActions(h.kiosk()).exit.has_value());
    CHECK_FALSE(h.widgets().find("quick-exit"));
}
