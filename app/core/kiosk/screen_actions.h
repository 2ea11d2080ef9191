// The one table of what each screen's buttons do: its main button (Enter), its back
// button (Backspace), its way out (quick exit, or closing the team panel: Escape), and
// its numbered choices (number keys). The views draw these buttons and the keys follow
// the same table, so a key can never mean something other than the button it stands for.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/kiosk/kiosk.h"
#include "core/kiosk/screen_choices.h"

namespace core {

struct ScreenButton {
    std::string id;     // the widget id
    std::string label;  // in the shown language
    Action action;
};

struct ScreenActions {
    std::optional<ScreenButton> main;  // the primary button; Enter
    std::optional<ScreenButton> back;  // Back (or, on the PIN pad, erase a digit); Backspace
    std::optional<ScreenButton> exit;  // quick exit in a person's flow, close in the team panel; Escape
    std::vector<Choice> choices;       // number keys 1..9 and 0
};

// `nowMs`: the clock, for the PIN pad's wrong-try guard (its OK button carries the time).
ScreenActions screenActions(const Kiosk& kiosk, int64_t nowMs = 0);

} // namespace core
