// Input as the views understand it, whatever its source: a finger, a mouse, a key, or a
// test script. The platform layer translates SDL events into these.
#pragma once
#include <cstdint>
#include <string>
#include <variant>

#include "core/kiosk/keys.h"

namespace ui {

struct PointerPress { float x, y; };
struct PointerMove { float x, y; };
struct PointerRelease { float x, y; };
struct Wheel { float dy; };  // positive = content moves down (scroll up), in lines
struct KeyPress { core::Key key; int digit; };
struct TextInput { std::string text; };  // UTF-8 typed on a keyboard (the team panel's label)

using InputEvent = std::variant<PointerPress, PointerMove, PointerRelease, Wheel, KeyPress, TextInput>;

} // namespace ui
