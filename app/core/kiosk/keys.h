// Keyboard for laptops: number keys pick answers, Enter goes on, Backspace goes back,
// Escape is quick exit in windowed mode. Returns the action a key means on a screen.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "core/kiosk/kiosk.h"

namespace core {

enum class Key { Digit, Enter, Backspace, Escape };

// `digit` is 0..9 for Key::Digit. `windowed`: Escape only quick-exits outside kiosk mode.
// `nowMs`: the clock, for the PIN's wrong-try guard.
std::optional<Action> actionForKey(const Kiosk& kiosk, Key key, int digit, bool windowed, int64_t nowMs = 0);

// Text typed on a keyboard: only the team panel's event label takes it.
std::optional<Action> actionForText(const Kiosk& kiosk, const std::string& text);

} // namespace core
