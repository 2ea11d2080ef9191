// Keyboard for laptops: number keys pick answers, Enter goes on, Backspace goes back,
// Escape is quick exit in windowed mode. Returns the action a key means on a screen.
#pragma once
#include <optional>

#include "core/kiosk.h"

namespace core {

enum class Key { Digit, Enter, Backspace, Escape };

// `digit` is 1..9 for Key::Digit. `windowed`: Escape only quick-exits outside kiosk mode.
std::optional<Action> actionForKey(const Kiosk& kiosk, Key key, int digit, bool windowed);

} // namespace core
