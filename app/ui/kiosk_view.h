// Draws the current screen of the kiosk (and the idle countdown over it) and returns
// what the person asked for. The only entry point the platform calls per frame.
#pragma once
#include "core/kiosk/idle.h"
#include "core/kiosk/kiosk.h"
#include "ui/screen_frame.h"

namespace ui {

// Between ImGui::NewFrame() and ImGui::Render().
// `nowMs`: the frame clock, for what shows a time (the PIN wait).
Actions drawKiosk(const core::Kiosk& k, const core::IdleState& idle, UiContext& ui, int64_t nowMs);

// Stable name of what is on screen, e.g. "question-sells", for tests and the monkey.
std::string screenName(const core::Kiosk& k);

} // namespace ui
