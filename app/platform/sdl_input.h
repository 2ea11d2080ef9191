// Translates SDL events into the views' input events. Fingers are read directly and
// SDL's synthetic mouse events from touch are dropped, so a tap never counts twice.
#pragma once
#include <optional>

#include <SDL.h>

#include "ui/input.h"

namespace platform {

class SdlInput {
public:
    // `width`, `height`: the window's drawable size, to place normalised finger positions.
    std::optional<ui::InputEvent> translate(const SDL_Event& e, int width, int height);

private:
    std::optional<SDL_FingerID> finger_;  // only the first finger down drives the UI
};

} // namespace platform
