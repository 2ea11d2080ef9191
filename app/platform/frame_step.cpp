// The frame step; see frame_step.h.
#include "platform/frame_step.h"

namespace platform {

ui::Actions stepFrame(FrameRenderer& frames, ui::KioskUi& kioskUi, io::EffectRunner& effects, core::DrawingSize size,
                      int64_t nowMs, float dt, bool rasterize) {
    effects.run(kioskUi.kiosk());  // what input (keys, taps) queued since the last frame
    ui::Actions actions = frames.draw(kioskUi, size.width, size.height, nowMs, dt, rasterize);
    effects.run(kioskUi.kiosk());
    return actions;
}

} // namespace platform
