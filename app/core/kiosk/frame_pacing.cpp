// Render and sleep decisions for the main loop.
#include "core/kiosk/frame_pacing.h"

#include <algorithm>

namespace core {

bool shouldRender(const FrameWake& w) {
    return w.input || w.timerDue || w.animating || w.sizeChanged || w.framesPending > 0;
}

int framesOwedAfter(const FrameWake& w) {
    if (w.input || w.timerDue || w.animating || w.sizeChanged) return kFramesAfterChange - 1;
    return std::max(0, w.framesPending - 1);
}

int waitTimeoutMs(int framesPending, bool animating, int64_t msUntilTimer) {
    if (framesPending > 0 || animating) return 0;
    // Never sleep forever: a long cap keeps the loop honest if a timer was missed.
    constexpr int64_t kCapMs = 60 * 1000;
    if (msUntilTimer < 0) return static_cast<int>(kCapMs);
    return static_cast<int>(std::clamp<int64_t>(msUntilTimer, 1, kCapMs));
}

int waitTimeoutMs(const FrameWake& w, int64_t msUntilTimer) {
    if (w.sizeChanged) return 0;
    return waitTimeoutMs(w.framesPending, w.animating, msUntilTimer);
}

} // namespace core
