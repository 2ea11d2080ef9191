// `repere run`: the kiosk in a real window (fullscreen kiosk by default, or windowed
// for laptops), rendering only when something changed.
#pragma once
#include <string>

#include "core/model/content.h"
#include "core/kiosk/kiosk.h"
#include "core/kiosk/renderer_choice.h"
#include "io/effects.h"

namespace platform {

struct WindowOptions {
    bool windowed = false;
    int width = 0, height = 0;  // 0: the display's size (fullscreen) or 1280×800 (windowed)
    core::RendererRequest renderer = core::RendererRequest::Auto;  // --renderer
};

// Returns the process exit code. Content comes from `effects` (which may reload it);
// `thisRun` (--demo, --lang) goes over the stored settings.
int runWindow(io::EffectRunner& effects, const core::RunOptions& thisRun, const WindowOptions& options);

} // namespace platform
