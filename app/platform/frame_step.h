// One kiosk frame, the same in the window loop and in the headless runs (shoot, monkey,
// bench, the UI tests): run what input queued, lay out and draw, then run what the frame
// queued. The loops differ only in when they call it and which clock they read.
#pragma once
#include <cstdint>

#include "core/kiosk/frame_pacing.h"
#include "io/effects.h"
#include "platform/frame_renderer.h"
#include "ui/kiosk_ui.h"

namespace platform {

// Draws one frame of `kioskUi` at `size` and runs the kiosk's effects before and after it.
// The disk writes of the frame's own actions come after the frame is shown, so a tap never
// waits for fsync. `rasterize` false stops after layout (see FrameRenderer::draw).
ui::Actions stepFrame(FrameRenderer& frames, ui::KioskUi& kioskUi, io::EffectRunner& effects, core::DrawingSize size,
                      int64_t nowMs, float dt, bool rasterize = true);

} // namespace platform
