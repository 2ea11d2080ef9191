// Translates SDL events into the views' input events. Fingers are read directly and
// SDL's synthetic mouse events from touch are dropped, so a tap never counts twice.
#pragma once
#include <optional>

#include <SDL.h>

#include "ui/input.h"

namespace platform {

class SdlInput {
public:
    // `width`, `height`: the window's drawing size in pixels, to place normalised finger
    // positions; `windowWidth`, `windowHeight`: its size in the points SDL gives mouse
    // positions in (smaller on a high-DPI screen), to scale those to pixels.
    std::optional<ui::InputEvent> translate(const SDL_Event& e, int width, int height, int windowWidth, int windowHeight);

private:
    // Only the first finger down drives the UI. If its finger-up is lost (a driver drops
    // it), the next finger down takes over once SDL no longer counts the old one as down.
    std::optional<SDL_FingerID> finger_;
    SDL_TouchID fingerTouch_ = 0;
};

} // namespace platform
