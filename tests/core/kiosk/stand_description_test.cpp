// The stand description: typed in the team panel on the same keyboard as the event label
// (same characters, up to 60), saved as a setting, restored at start-up, never counted.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/kiosk/stored_settings.h"
#include "core/kiosk/team_actions.h"
#include "core/team/event_label.h"
#include "support/content_fixture.h"

namespace act = core::action;
namespace w = core::team;

namespace {
// The panel open on its settings tab (filled in place: a Kiosk cannot be copied).
void openSettings(core::Kiosk& k) {
    core::apply(k, act::Team{w::Open{}});
    for (int round = 0; round < 2; ++round) {
        for (char d : std::string("480375")) core::apply(k, act::Team{w::Digit{d - '0'}});
        core::apply(k, act::Team{w::Submit{0}});
    }
    REQUIRE(k.screen == core::Screen::TeamPanel);
    core::apply(k, act::Team{w::ShowTab{core::TeamTab::Settings}});
    k.effects.clear();
}

std::vector<std::string> saved(const core::Kiosk& k, const char* key) {
    std::vector<std::string> values;
    for (const auto& e : k.effects) {
        if (const auto* s = std::get_if<core::effect::SaveSetting>(&e); s && s->key == key) values.push_back(s->value);
    }
    return values;
}
} // namespace

TEST_CASE("the keyboard types into the line chosen: the event label, or the stand description") {
    core::Kiosk k(testing::baseContent());
    openSettings(k);
    core::apply(k, act::Team{w::TypeLabel{"Fête"}});
    CHECK(k.settings.eventLabel == "Fête");
    CHECK(k.settings.standDescription.empty());
    core::apply(k, act::Team{w::ChooseTypedLine{core::TypedLine::Stand}});
    core::apply(k, act::Team{w::TypeLabel{"T-shirts orange; derrière la borne"}});  // ';' is not on the keyboard
    CHECK(k.settings.standDescription == "T-shirts orange derrière la borne");
    CHECK(k.settings.eventLabel == "Fête");
    CHECK(saved(k, core::setting::kStand).back() == "T-shirts orange derrière la borne");
    core::apply(k, act::Team{w::EraseLabel{}});
    CHECK(k.settings.standDescription == "T-shirts orange derrière la born");
    for (int i = 0; i < 80; ++i) core::apply(k, act::Team{w::TypeLabel{"é"}});
    CHECK(core::utf8Characters(k.settings.standDescription).size() == core::kMaxStandDescriptionChars);
    // Erased to nothing: saved empty, so the screens show no line.
    for (int i = 0; i < 70; ++i) core::apply(k, act::Team{w::EraseLabel{}});
    CHECK(k.settings.standDescription.empty());
    CHECK(saved(k, core::setting::kStand).back().empty());
}

TEST_CASE("the stand description is restored at start-up, and an invalid stored one is dropped") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::SettingsRestored{{{core::setting::kStand, "Derrière la borne"}}, {}});
    CHECK(k.settings.standDescription == "Derrière la borne");
    core::apply(k, act::SettingsRestored{{{core::setting::kStand, "<script>"}}, {}});
    CHECK(k.settings.standDescription.empty());
    const auto& keys = core::restoredKeys();
    CHECK(std::find(keys.begin(), keys.end(), std::string(core::setting::kStand)) != keys.end());
}
