// The UI side of the kiosk, without SDL: takes input events, keeps the idle clock,
// draws a frame through the views and applies the actions they recorded to the Kiosk.
// The platform calls it; tests and the monkey drive it through a headless renderer.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>

#include "core/kiosk/idle.h"
#include "core/kiosk/kiosk.h"
#include "ui/input.h"
#include "ui/screen_frame.h"
#include "ui/ui_context.h"

namespace ui {

class KioskUi {
public:
    KioskUi(core::Kiosk& kiosk, bool windowed, int64_t nowMs);

    UiContext& context() { return ui_; }
    const UiContext& context() const { return ui_; }
    core::Kiosk& kiosk() { return kiosk_; }

    // One input event. Keys act at once; pointer events are resolved in the next frame.
    void input(const InputEvent& event, int64_t nowMs);

    // Between ImGui::NewFrame() and ImGui::Render(): ends an expired session, draws,
    // and applies what the person tapped. Returns the actions applied.
    Actions frame(int64_t nowMs, float dt);

    core::IdleState idle(int64_t nowMs) const;
    bool animating() const { return ui_.touch.animating(); }
    // When the display next changes by itself (idle countdown, a long press completing,
    // the PIN wait running out): ms from now, or -1 when nothing is due.
    int64_t msUntilTimer(int64_t nowMs) const;

    // The wall clock read before each action (for "open now"); unset = the time is unknown.
    using LocalClock = std::function<std::optional<core::LocalTime>()>;
    void setLocalClock(LocalClock clock) { localClock_ = std::move(clock); }

    // Applies one action as if tapped (keys, tests); resets the idle clock.
    void act(const core::Action& action, int64_t nowMs);

private:
    core::Kiosk& kiosk_;
    UiContext ui_;
    bool windowed_;
    int64_t lastInputMs_;
    LocalClock localClock_;
    bool swallowGesture_ = false;  // a touch that began on the countdown never taps below it

    // The corner the team holds for kLongPressSeconds to open the team panel.
    static constexpr double kLongPressSeconds = 3.0;
    ImVec2 cornerMin() const { return {0, 0}; }
    ImVec2 cornerMax() const { return {ui_.metrics.target * 1.2f, ui_.metrics.target * 1.2f}; }
};

} // namespace ui
