// Makes the real window's SDL renderer as core::chooseRenderer decides: looks for a GPU
// device, asks OpenGL for its GL_RENDERER when that is needed, and otherwise uses SDL's
// software renderer, keeping Mesa out of the process when no GPU would draw anyway.
#pragma once
#include <SDL.h>

#include "core/kiosk/renderer_choice.h"

namespace platform {

// Call before SDL_Init and before any thread starts: with --renderer auto on a machine
// with a GPU device, OpenGL is asked for its GL_RENDERER in a short-lived child process,
// so a software rasterizer's 80 MB never load into the kiosk only to be left unused.
core::RendererProbe probeRenderers(core::RendererRequest request);

// Null on failure (SDL_GetError says why); the choice and its reason go to standard error.
SDL_Renderer* createWindowRenderer(SDL_Window* window, core::RendererRequest request, core::RendererProbe probe);

} // namespace platform
