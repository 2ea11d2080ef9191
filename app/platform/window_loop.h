// `repere run`: the kiosk in a real window (fullscreen kiosk by default, or windowed
// for laptops), rendering only when something changed.
#pragma once
#include <string>

#include "core/content.h"
#include "core/kiosk.h"
#include "core/renderer_choice.h"
#include "platform/effects.h"

namespace platform {

struct WindowOptions {
    bool windowed = false;
    int width = 0, height = 0;  // 0: the display's size (fullscreen) or 1280×800 (windowed)
    core::RendererRequest renderer = core::RendererRequest::Auto;  // --renderer
};

// Returns the process exit code. Content comes from `effects` (which may reload it).
int runWindow(EffectRunner& effects, const core::KioskSettings& settings, const WindowOptions& options,
              std::optional<core::LanguageIndex> language);

} // namespace platform
