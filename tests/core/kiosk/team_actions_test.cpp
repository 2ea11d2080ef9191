// The team panel as a state machine: PIN first use, wrong tries, settings, demo, closing.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/team/event_label.h"
#include "core/kiosk/screen_actions.h"
#include "core/kiosk/team_actions.h"
#include "support/content_fixture.h"

namespace act = core::action;
namespace w = core::team;

namespace {
void type(core::Kiosk& k, const std::string& digits, int64_t now) {
    for (char d : digits) core::apply(k, act::Team{w::Digit{d - '0'}});
    core::apply(k, act::Team{w::Submit{now}});
}
template <typename E>
int count(const core::Kiosk& k) {
    int n = 0;
    for (const auto& e : k.effects) n += std::holds_alternative<E>(e);
    return n;
}
// The panel open after a first PIN was chosen (filled in place: a Kiosk cannot be copied).
void openPanel(core::Kiosk& k) {
    core::apply(k, act::Team{w::Open{}});
    type(k, "480375", 0);
    type(k, "480375", 0);
    REQUIRE(k.screen == core::Screen::TeamPanel);
    k.effects.clear();
}
} // namespace

TEST_CASE("opening the panel ends a person's session, counted as abandoned once it reached its results") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::Start{});
    core::apply(k, act::BeginQuestions{});
    core::apply(k, act::Answer{1});
    core::apply(k, act::Team{w::Open{}});
    CHECK(k.screen == core::Screen::TeamPin);
    CHECK_FALSE(k.holdsAnswers());
    CHECK(count<core::effect::RecordSession>(k) == 0);  // before its results: nothing recorded
    core::apply(k, act::Team{w::Close{}});
    core::apply(k, act::Start{});
    core::apply(k, act::BeginQuestions{});
    core::apply(k, act::Answer{1});
    core::apply(k, act::ShowProfile{0});
    core::apply(k, act::Team{w::Open{}});
    CHECK(k.screen == core::Screen::TeamPin);
    CHECK_FALSE(k.holdsAnswers());
    REQUIRE(count<core::effect::RecordSession>(k) == 1);
    const auto& metrics = std::get<core::effect::RecordSession>(k.effects[0]).metrics;
    CHECK(std::find(metrics.begin(), metrics.end(), "sessions.abandoned") != metrics.end());
    CHECK(k.team.message == "pin_choose");
}

TEST_CASE("first use: choose a PIN, confirm it; stored only as a hash") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::Team{w::Open{}});
    type(k, "123", 0);
    CHECK(k.team.message == "pin_too_short");
    type(k, "123456", 0);
    CHECK(k.team.message == "pin_too_simple");
    type(k, "846213", 0);
    CHECK(k.team.message == "pin_confirm");
    type(k, "846210", 0);
    CHECK(k.team.message == "pin_mismatch");
    CHECK(k.screen == core::Screen::TeamPin);
    type(k, "846213", 0);
    type(k, "846213", 0);
    CHECK(k.screen == core::Screen::TeamPanel);
    CHECK(k.team.pinState == core::PinState::Set);
    REQUIRE(count<core::effect::SaveSetting>(k) == 1);
    const auto& saved = std::get<core::effect::SaveSetting>(k.effects[0]);
    CHECK(saved.key == core::setting::kPinHash);
    CHECK(saved.value.find("846213") == std::string::npos);
    CHECK(core::verifyPin(saved.value, "846213"));
    CHECK(count<core::effect::LoadReport>(k) == 1);
    CHECK(k.person.pinTyped.empty());
}

TEST_CASE("wrong PIN: a growing wait, tries during the wait are not checked, then lockout") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::SettingsRestored{{{core::setting::kPinHash, *core::hashPin("111111")}}, {}});
    core::apply(k, act::Team{w::Open{}});
    type(k, "222222", 1000);
    CHECK(k.team.message == "pin_wrong");
    REQUIRE(count<core::effect::SaveSetting>(k) == 1);
    CHECK(std::get<core::effect::SaveSetting>(k.effects[0]).key == core::setting::kPinFailures);
    CHECK(std::get<core::effect::SaveSetting>(k.effects[0]).value == "1");
    CHECK(k.team.guard.waitMs(1000) == 1000);
    type(k, "111111", 1500);  // during the wait: ignored, even though it is right
    CHECK(k.screen == core::Screen::TeamPin);
    core::apply(k, act::Team{w::Erase{}});
    for (int i = 0; i < 6; ++i) core::apply(k, act::Team{w::Erase{}});
    int64_t now = 100'000;
    for (int i = 1; i < core::kPinTriesBeforeLockout; ++i, now += 100'000) type(k, "222222", now);
    CHECK(k.team.guard.waitMs(now) > 60'000);  // locked out
    type(k, "111111", now + core::kPinLockoutMs);
    CHECK(k.screen == core::Screen::TeamPanel);
    CHECK(k.team.guard.failures == 0);
}

TEST_CASE("the event label takes allowed characters only, up to 24, and the case key") {
    core::Kiosk k(testing::baseContent());
    openPanel(k);
    core::apply(k, act::Team{w::ShowTab{core::TeamTab::Settings}});
    core::apply(k, act::Team{w::TypeLabel{" Soli/days;"}});  // from a physical keyboard
    CHECK(k.settings.eventLabel == "Solidays");
    for (int i = 0; i < 30; ++i) core::apply(k, act::Team{w::TypeLabel{"É"}});
    CHECK(core::utf8Characters(k.settings.eventLabel).size() == core::kMaxEventLabelChars);
    CHECK(core::isValidEventLabel(k.settings.eventLabel));
    CHECK_FALSE(k.team.labelSmallLetters);
    core::apply(k, act::Team{w::SwitchLabelCase{}});
    CHECK(k.team.labelSmallLetters);
}

TEST_CASE("settings change the kiosk and are queued for saving") {
    core::Kiosk k(testing::baseContent());
    openPanel(k);
    core::apply(k, act::Team{w::ShowTab{core::TeamTab::Settings}});
    core::apply(k, act::Team{w::TypeLabel{"Fête"}});
    core::apply(k, act::Team{w::TypeLabel{"\n"}});  // control characters are refused
    CHECK(k.settings.eventLabel == "Fête");
    core::apply(k, act::Team{w::EraseLabel{}});
    CHECK(k.settings.eventLabel == "Fêt");
    core::apply(k, act::Team{w::EraseLabel{}});
    CHECK(k.settings.eventLabel == "Fê");
    core::apply(k, act::Team{w::EraseLabel{}});
    CHECK(k.settings.eventLabel == "F");  // the two bytes of ê go together
    CHECK(k.settings.region == "test-region");
    core::apply(k, act::Team{w::NextRegion{}});
    CHECK(k.settings.region == "other-region");
    core::apply(k, act::Team{w::NextRegion{}});
    CHECK(k.settings.region == "national");
    core::apply(k, act::Team{w::ChangeIdle{-1}});
    CHECK(k.settings.idleSeconds == 90 - core::kIdleStepSeconds);
    core::apply(k, act::Team{w::NextDefaultLanguage{}});
    CHECK(k.startLanguage() == 1);
    CHECK(k.language() == 1);
    CHECK(count<core::effect::SaveSetting>(k) == 8);
    for (int i = 0; i < 40; ++i) core::apply(k, act::Team{w::ChangeIdle{-1}});
    CHECK(k.settings.idleSeconds == core::kMinIdleSeconds);
    for (int i = 0; i < 40; ++i) core::apply(k, act::Team{w::ChangeIdle{+1}});
    CHECK(k.settings.idleSeconds == core::kMaxIdleSeconds);
}

TEST_CASE("demo mode: jump to a sample profile, and nothing is recorded") {
    core::Kiosk k(testing::baseContent());
    openPanel(k);
    core::apply(k, act::Team{w::DemoProfile{1}});
    CHECK(k.screen == core::Screen::TeamPanel);  // demo off: no jump
    core::apply(k, act::Team{w::ToggleDemo{}});
    k.effects.clear();
    core::apply(k, act::Team{w::DemoProfile{1}});
    CHECK(k.screen == core::Screen::Results);
    CHECK(k.person.result->crisis);
    core::apply(k, act::Finish{});
    core::apply(k, act::RateUseful{2});
    core::apply(k, act::Restart{});
    core::apply(k, act::Start{});
    core::apply(k, act::QuickExit{});
    CHECK(count<core::effect::RecordSession>(k) == 0);
}

TEST_CASE("closing, and the panel's own idle close") {
    core::Kiosk k(testing::baseContent());
    openPanel(k);
    core::apply(k, act::Team{w::Close{}});
    CHECK(k.screen == core::Screen::Welcome);
    core::Kiosk second(testing::baseContent());
    openPanel(second);
    core::apply(second, act::IdleExpired{});
    CHECK(second.screen == core::Screen::Welcome);
    core::Kiosk third(testing::baseContent());
    openPanel(third);
    core::Kiosk& k3 = third;
    core::apply(k3, act::QuickExit{});  // not a person's flow: quick exit does not apply
    CHECK(k3.screen == core::Screen::TeamPanel);
    core::apply(k3, act::Team{w::Quit{}});
    core::apply(k3, act::Team{w::ConfirmQuit{}});  // Quit asks first
    CHECK(count<core::effect::Quit>(k3) == 1);
}

TEST_CASE("the panel keeps the language on screen; the next person gets the start language") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::SetLanguage{1});
    core::apply(k, act::Team{w::Open{}});
    CHECK(k.language() == 1);
    core::apply(k, act::Team{w::Close{}});
    CHECK(k.language() == k.startLanguage());
}

TEST_CASE("the lockout survives a restart: stored wrong tries make the wait run again in full") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::SettingsRestored{{{core::setting::kPinHash, *core::hashPin("111111")}}, {}});
    core::apply(k, act::SettingsRestored{{{core::setting::kPinFailures, std::to_string(core::kPinTriesBeforeLockout)}}, {}});
    core::apply(k, act::Team{w::Open{}});
    type(k, "111111", 1000);  // right, but the process has just started: still locked out
    CHECK(k.screen == core::Screen::TeamPin);
    CHECK(k.team.guard.waitMs(1000) > 14 * 60 * 1000);
    core::apply(k, act::SettingsRestored{{{core::setting::kPinFailures, "garbage"}}, {}});
    CHECK(k.team.guard.failures == core::kPinTriesBeforeLockout);  // unreadable counts as the worst
}

TEST_CASE("a store that cannot be read never offers to choose a PIN; the pad stays locked") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::Team{w::StoreStatus{"store_disk_error", "", false, "", ""}});
    CHECK(k.team.pinState == core::PinState::StoreUnavailable);
    core::apply(k, act::Team{w::Open{}});
    CHECK(k.screen == core::Screen::TeamPin);
    CHECK(k.team.message == "pin_store_unavailable");
    type(k, "846213", 0);
    type(k, "846213", 0);
    CHECK(k.screen == core::Screen::TeamPin);
    CHECK(k.person.pinTyped.empty());
    CHECK(count<core::effect::SaveSetting>(k) == 0);
    // Healthy again with a PIN set meanwhile (repere pin set): that PIN is asked for.
    core::apply(k, act::Team{w::StoreStatus{"", "", true, *core::hashPin("846213"), ""}});
    CHECK(k.team.pinState == core::PinState::Set);
    type(k, "846213", 0);
    CHECK(k.screen == core::Screen::TeamPanel);
}

TEST_CASE("Quit asks first: only \"Yes, quit\" quits; Cancel, another tab or closing forgets the question") {
    core::Kiosk k(testing::baseContent());
    openPanel(k);
    k.effects.clear();
    core::apply(k, act::Team{w::Quit{}});
    CHECK(k.team.quitAsked);
    CHECK(k.effects.empty());  // nothing quits on the first tap
    CHECK(core::screenActions(k).main->id == "quit-confirm");
    CHECK(core::screenActions(k).back->id == "quit-cancel");
    core::apply(k, act::Team{w::CancelQuit{}});
    CHECK_FALSE(k.team.quitAsked);
    core::apply(k, act::Team{w::ConfirmQuit{}});
    CHECK(k.effects.empty());  // no confirmation without the question
    core::apply(k, act::Team{w::Quit{}});
    core::apply(k, act::Team{w::ShowTab{core::TeamTab::Settings}});
    CHECK_FALSE(k.team.quitAsked);
    k.effects.clear();
    core::apply(k, act::Team{w::Quit{}});
    core::apply(k, act::Team{w::ConfirmQuit{}});
    REQUIRE(k.effects.size() == 1);
    CHECK(std::holds_alternative<core::effect::Quit>(k.effects[0]));
}

TEST_CASE("a PIN message about the last PIN goes once the next one is typed") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::Team{w::Open{}});
    for (char d : std::string("123456")) core::apply(k, act::Team{w::Digit{d - '0'}});
    core::apply(k, act::Team{w::Submit{0}});
    REQUIRE(k.team.message == "pin_too_simple");
    core::apply(k, act::Team{w::Digit{4}});
    CHECK(k.team.message == "pin_choose");
    // After a mismatch the pad asks for a new PIN again; the confirm request itself stays.
    for (char d : std::string("80375")) core::apply(k, act::Team{w::Digit{d - '0'}});
    core::apply(k, act::Team{w::Submit{0}});
    REQUIRE(k.team.message == "pin_confirm");
    core::apply(k, act::Team{w::Digit{1}});
    CHECK(k.team.message == "pin_confirm");
}

TEST_CASE("an export says \"on the stick\" only for a stick; without one, that it stayed on the kiosk") {
    core::Kiosk k(testing::baseContent());
    openPanel(k);
    core::apply(k, act::Team{w::ExportTargetsFound{{"/media/repere-kiosk/STAND"}, "/data/exports"}});
    core::apply(k, act::Team{w::Exported{"/data/exports", "/data/exports/a.csv"}});
    CHECK(k.team.message == "export_done_local");
    CHECK(k.team.messageDetail == "/data/exports/a.csv");
    core::apply(k, act::Team{w::Exported{"/media/repere-kiosk/STAND", "/media/repere-kiosk/STAND/a.csv"}});
    CHECK(k.team.message == "export_done");
    core::apply(k, act::Team{w::ExportTargetsFound{{}, "/data/exports"}});
    core::apply(k, act::Team{w::Exported{"/media/repere-kiosk/STAND", "/media/repere-kiosk/STAND/b.csv"}});
    CHECK(k.team.message == "export_done_local");  // a stick no longer listed is not claimed
}

TEST_CASE("content tab: packs are looked for, shown before applying, applied only when they can be") {
    core::Kiosk k(testing::baseContent());
    openPanel(k);
    k.effects.clear();
    core::apply(k, act::Team{w::ShowTab{core::TeamTab::Content}});
    REQUIRE(k.effects.size() == 1);
    CHECK(std::holds_alternative<core::effect::FindPacks>(k.effects[0]));
    core::PackOffer good;
    good.path = "/media/repere-kiosk/S/lyon.rpk";
    good.fileName = "lyon.rpk";
    core::PackOffer refused = good;
    refused.problem = {"pack_untrusted", "3f2a 91c0 7d4e b815"};
    core::apply(k, act::PacksFound{{"S"}, {good, refused}, true});
    const auto choices = core::screenActions(k).choices;
    REQUIRE(choices.size() == 4);  // two packs, look again, previous content
    CHECK(choices[0].id == "pack-0");
    CHECK(choices[3].id == "content-previous");
    k.effects.clear();
    core::apply(k, act::Team{w::ChoosePack{1}});  // refused: shown as such, not read again
    CHECK(k.effects.empty());
    REQUIRE(k.update.preview);
    CHECK_FALSE(k.update.preview->canApply());
    core::apply(k, act::Team{w::ApplyPack{}});
    CHECK(k.effects.empty());
    CHECK_FALSE(core::screenActions(k).main.has_value());
    core::apply(k, act::Team{w::BackToPacks{}});
    CHECK_FALSE(k.update.preview);
    core::apply(k, act::Team{w::ChoosePack{0}});
    REQUIRE(k.effects.size() == 1);
    CHECK(std::get<core::effect::ShowPack>(k.effects[0]).path == good.path);
    k.effects.clear();
    core::apply(k, act::PackShown{core::PackPreview{good, {}, {}, {}}});
    CHECK(core::screenActions(k).main->id == "pack-apply");
    core::apply(k, act::Team{w::ApplyPack{}});
    REQUIRE(k.effects.size() == 1);
    CHECK(std::get<core::effect::ApplyPack>(k.effects[0]).path == good.path);
    // Leaving the panel forgets the packs seen.
    core::apply(k, act::Team{w::Close{}});
    CHECK(k.update.offers.empty());
    CHECK_FALSE(k.update.preview);
}

TEST_CASE("content tab: a build that cannot apply packs offers no search and says why") {
    core::Kiosk k(testing::baseContent());
    openPanel(k);
    core::apply(k, act::Team{w::ShowTab{core::TeamTab::Content}});
    core::apply(k, act::PacksFound{{"S"}, {}, false});
    const auto offered = [&](const char* id) {
        const auto choices = core::screenActions(k).choices;
        return std::any_of(choices.begin(), choices.end(), [&](const core::Choice& c) { return c.id == id; });
    };
    CHECK(k.update.packsApplyHere);
    CHECK(offered("packs-search"));
    core::action::PacksFound none;
    none.packsApplyHere = false;
    core::apply(k, none);
    CHECK_FALSE(k.update.packsApplyHere);
    CHECK_FALSE(offered("packs-search"));
    CHECK(k.update.offers.empty());
}
