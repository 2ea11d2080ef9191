// Start-up through action::SettingsRestored: stored settings taken back, unreadable ones
// ignored, this run's command-line options on top and saved nowhere.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/kiosk/kiosk.h"
#include "core/kiosk/stored_settings.h"
#include "support/content_fixture.h"

namespace act = core::action;
using core::setting::kDemo;
using core::setting::kEvent;
using core::setting::kIdleSeconds;
using core::setting::kLanguage;

TEST_CASE("stored settings are applied at start-up; unreadable values keep the default") {
    core::Kiosk k(testing::baseContent());
    core::apply(k, act::SettingsRestored{{{kEvent, "Festival"}, {kIdleSeconds, "not a number"}, {kLanguage, "xx"}}, {}});
    CHECK(k.settings.idleSeconds == 90);
    CHECK(k.startLanguage() == 0);
    core::apply(k, act::SettingsRestored{{{kIdleSeconds, "5000"}, {kLanguage, "en"}, {kDemo, "1"}, {"unknown", "1"}}, {}});
    CHECK(k.settings.eventLabel == "Festival");
    CHECK(k.settings.idleSeconds == core::kMaxIdleSeconds);
    CHECK(k.language() == 1);
    CHECK(k.settings.demo);
    CHECK(k.effects.empty());  // nothing to save: they came from the store
}

TEST_CASE("--demo and --lang win over the stored settings for this run only") {
    core::Kiosk k(testing::baseContent());
    core::RunOptions thisRun;
    thisRun.demo = true;
    thisRun.language = 0;
    core::apply(k, act::SettingsRestored{{{kDemo, "0"}, {kLanguage, "en"}}, thisRun});
    CHECK(k.settings.demo);
    CHECK(k.language() == 0);        // on screen now
    CHECK(k.startLanguage() == 1);   // the stored start language is kept for the next person
    CHECK(k.effects.empty());        // and nothing is saved over it
    core::apply(k, act::Start{});
    core::apply(k, act::Restart{});
    CHECK(k.language() == 1);
}

TEST_CASE("a --lang the content does not have is ignored") {
    core::Kiosk k(testing::baseContent());
    core::RunOptions thisRun;
    thisRun.language = 7;
    core::apply(k, act::SettingsRestored{{}, thisRun});
    CHECK(k.language() == k.startLanguage());
    CHECK_FALSE(k.settings.demo);
}

TEST_CASE("every setting the kiosk saves is read back at start-up") {
    using namespace core::setting;
    for (const char* key : {kEvent, kRegion, kLanguage, kIdleSeconds, kDemo, kPinHash, kPinFailures, core::setting::kStand}) {
        CAPTURE(key);
        const auto& keys = core::restoredKeys();
        CHECK(std::find_if(keys.begin(), keys.end(), [&](const char* k) { return std::string(k) == key; }) != keys.end());
    }
}
