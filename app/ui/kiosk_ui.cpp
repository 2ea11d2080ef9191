// Input, idle expiry and action application around the views.
#include "ui/kiosk_ui.h"

#include "ui/kiosk_view.h"

namespace ui {

KioskUi::KioskUi(core::Kiosk& kiosk, bool windowed, int64_t nowMs)
    : kiosk_(kiosk), windowed_(windowed), lastInputMs_(nowMs) {}

core::IdleState KioskUi::idle(int64_t nowMs) const {
    return core::idleState(nowMs - lastInputMs_, kiosk_.settings, kiosk_.screen);
}

void KioskUi::act(const core::Action& action, int64_t nowMs) {
    core::apply(kiosk_, action);
    lastInputMs_ = nowMs;
}

void KioskUi::input(const InputEvent& event, int64_t nowMs) {
    // Any touch during the countdown only dismisses it: the screen below stays as it was.
    const bool countingDown = idle(nowMs).phase == core::IdlePhase::CountingDown;
    lastInputMs_ = nowMs;
    if (const auto* key = std::get_if<KeyPress>(&event)) {
        if (countingDown) return;
        if (auto action = core::actionForKey(kiosk_, key->key, key->digit, windowed_)) act(*action, nowMs);
        return;
    }
    if (countingDown && std::holds_alternative<PointerPress>(event)) swallowGesture_ = true;
    ui_.touch.feed(event, static_cast<double>(nowMs) / 1000.0);
    if (swallowGesture_ && std::holds_alternative<PointerRelease>(event)) {
        ui_.touch.blockTaps();
        swallowGesture_ = false;
    }
}

Actions KioskUi::frame(int64_t nowMs, float dt) {
    const core::IdleState state = idle(nowMs);
    if (state.phase == core::IdlePhase::Expired) {
        act(core::action::IdleExpired{}, nowMs);
    }
    ui_.touch.beginFrame(dt);
    const Actions actions = drawKiosk(kiosk_, idle(nowMs), ui_);
    ui_.touch.endFrame();
    for (const auto& a : actions) act(a, nowMs);
    return actions;
}

} // namespace ui
