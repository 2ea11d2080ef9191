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
    if (localClock_) core::apply(kiosk_, core::action::ClockRead{localClock_()});  // one clock read per action, never per frame
    core::apply(kiosk_, action);
    lastInputMs_ = nowMs;
}

void KioskUi::input(const InputEvent& event, int64_t nowMs) {
    // Any touch during the countdown only dismisses it: the screen below stays as it was.
    const bool countingDown = idle(nowMs).phase == core::IdlePhase::CountingDown;
    lastInputMs_ = nowMs;
    if (const auto* key = std::get_if<KeyPress>(&event)) {
        if (countingDown) return;
        if (auto action = core::actionForKey(kiosk_, key->key, key->digit, windowed_, nowMs)) act(*action, nowMs);
        return;
    }
    if (const auto* text = std::get_if<TextInput>(&event)) {
        if (auto action = core::actionForText(kiosk_, text->text)) act(*action, nowMs);
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
    Actions actions = drawKiosk(kiosk_, idle(nowMs), ui_, nowMs);
    if (ui_.touch.longPressIn(cornerMin(), cornerMax(), static_cast<double>(nowMs) / 1000.0, kLongPressSeconds)) {
        actions.push_back(core::action::Team{core::team::Open{}});
    }
    ui_.touch.endFrame();
    for (const auto& a : actions) act(a, nowMs);
    return actions;
}

int64_t KioskUi::msUntilTimer(int64_t nowMs) const {
    int64_t due = idle(nowMs).msUntilChange;
    auto sooner = [&](int64_t ms) { if (ms >= 0 && (due < 0 || ms < due)) due = ms; };
    const double press = ui_.touch.longPressRemaining(cornerMin(), cornerMax(), static_cast<double>(nowMs) / 1000.0, kLongPressSeconds);
    if (press >= 0) sooner(static_cast<int64_t>(press * 1000.0) + 1);
    if (kiosk_.screen == core::Screen::TeamPin) sooner(kiosk_.team.guard.msUntilWaitTick(nowMs));  // the seconds shown tick down
    return due;
}

} // namespace ui
