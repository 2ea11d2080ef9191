// The frame every screen shares: a full-window surface, a top bar, one scrollable
// content area (dragged by touch, with inertia) and a bottom bar.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/kiosk/kiosk.h"
#include "core/kiosk/screen_actions.h"
#include "ui/ui_context.h"

namespace ui {

using Actions = std::vector<core::Action>;

// Text of the interface string `id` in the kiosk's current language.
std::string uiText(const core::Kiosk& k, const char* id);

void beginScreen(UiContext& ui);
void endScreen();

// Top bar: DEMO mark, "a friend is not well" (welcome and questions), language buttons,
// text size, and quick exit on the person's flow.
// Returns the x where the first row's right-aligned buttons start (left of it the row is
// free, unless demo mode or the friend guide marks it), so a screen can use that part.
float topBar(const core::Kiosk& k, UiContext& ui, Actions& out);

// Content area down to `bottomReserve` px above the window's bottom. `key` names the
// content; a new key starts scrolled to the top.
void beginContent(UiContext& ui, const std::string& key, float bottomReserve);
// `moreBelow`: when not empty and the content continues below what is visible, this
// label is shown along the bottom edge (e.g. "more answers below").
void endContent(UiContext& ui);

// Height a bottom bar of buttons needs.
float bottomBarHeight(const UiContext& ui);
// Bottom bar: `back` on the left and `primary` on the right, each when given (the
// screen's table, core/kiosk/screen_actions.h, says which).
// The free stretch of the bottom row between Back and the main button (x from, x to).
struct BarGap { float left, right; };
BarGap bottomBar(UiContext& ui, Actions& out, const std::optional<core::ScreenButton>& back,
                 const std::optional<core::ScreenButton>& primary);
// "More answers below ↓" in that stretch while the content area has more below: the thin
// scroll bar alone is easy to miss. Never over an answer, never over a button.
void moreBelowSign(UiContext& ui, const std::string& label, BarGap free);


// "Talk to the team at this stand": wherever a human can help.
void talkToTeam(const core::Kiosk& k, UiContext& ui);

} // namespace ui
