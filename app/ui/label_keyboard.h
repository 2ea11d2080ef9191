// The on-screen keyboard of the team panel's event label: one large key per character
// the label may hold (core/event_label.h), a capitals / small letters key, space and
// erase. Touch alone is enough; a physical keyboard still works beside it.
#pragma once
#include "ui/screen_frame.h"

namespace ui {

// Draws the keyboard across at most `width` pixels; each tap becomes the team action.
void labelKeyboard(const core::Kiosk& k, UiContext& ui, float width, Actions& out);

} // namespace ui
