// The frame step both loops share: what was queued before a frame is run before it is
// drawn, and what the frame itself queued is run before the step returns.
#include <doctest/doctest.h>

#include <memory>

#include "platform/frame_step.h"
#include "platform/offscreen.h"
#include "support/content_fixture.h"
#include "support/scratch.h"

TEST_CASE("a frame step runs the effects queued before the frame and by it") {
    const std::string dir = testing::freshDir("frame-step");
    io::StatsStore store(dir);
    const core::Content& content = testing::shippedContent();
    io::EffectRunner effects(&store, content.directory, std::make_unique<core::Content>(content), dir);
    core::KioskSettings settings;
    settings.idleSeconds = 30;
    settings.countdownSeconds = 10;
    core::Kiosk kiosk(effects.content(), settings);
    ui::KioskUi kioskUi(kiosk, true, 0);
    platform::Offscreen offscreen(800, 600);
    REQUIRE(offscreen.ok());
    std::string fontError;
    platform::FrameRenderer frames(offscreen.renderer(), io::findFonts(fontError), 0.f);
    const core::DrawingSize size{800, 600};

    // Queued between frames (as a key would): written before the frame is drawn.
    kiosk.effects.push_back(core::effect::SaveSetting{core::setting::kEvent, "Festival"});
    platform::stepFrame(frames, kioskUi, effects, size, 16, 0.016f, false);
    CHECK(kiosk.effects.empty());
    CHECK(store.setting(core::setting::kEvent) == std::optional<std::string>("Festival"));

    // A session walked away from at its results (only those are recorded): the frame
    // itself ends it, and its record is queued by that frame and run by the same step.
    kioskUi.act(core::action::Start{}, 32);
    kioskUi.act(core::action::ShowProfile{0}, 48);
    platform::stepFrame(frames, kioskUi, effects, size, 64, 0.016f, false);
    REQUIRE(kiosk.screen == core::Screen::Results);
    CHECK(store.sessionsNotYetInABatch() == 0);
    platform::stepFrame(frames, kioskUi, effects, size, 64 + 41'000, 0.016f, false);
    CHECK(kiosk.screen != core::Screen::Results);
    CHECK(kiosk.effects.empty());
    CHECK(store.sessionsNotYetInABatch() == 1);
}
