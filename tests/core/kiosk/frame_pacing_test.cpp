#include <doctest/doctest.h>

#include "core/kiosk/frame_pacing.h"

TEST_CASE("nothing happened: no frame, long sleep") {
    core::FrameWake quiet;
    CHECK_FALSE(core::shouldRender(quiet));
    CHECK(core::waitTimeoutMs(0, false, -1) == 60'000);
}

TEST_CASE("input renders, then a few frames more, then stops") {
    core::FrameWake w;
    w.input = true;
    CHECK(core::shouldRender(w));
    int owed = core::framesOwedAfter(w);
    CHECK(owed == core::kFramesAfterChange - 1);
    int frames = 1;
    while (core::shouldRender(core::FrameWake{false, false, false, owed})) {
        owed = core::framesOwedAfter(core::FrameWake{false, false, false, owed});
        ++frames;
    }
    CHECK(frames == core::kFramesAfterChange);
    CHECK(core::waitTimeoutMs(owed, false, -1) > 0);
}

TEST_CASE("timers and animation wake the loop exactly when needed") {
    CHECK(core::waitTimeoutMs(0, false, 1234) == 1234);
    CHECK(core::waitTimeoutMs(0, false, 0) == 1);  // never a busy zero for a timer
    CHECK(core::waitTimeoutMs(0, true, 5000) == 0);
    CHECK(core::waitTimeoutMs(2, false, 5000) == 0);
    CHECK(core::waitTimeoutMs(0, false, 10'000'000) == 60'000);
    core::FrameWake timer;
    timer.timerDue = true;
    CHECK(core::shouldRender(timer));
}

TEST_CASE("a drawing size unlike the last frame's draws at once, even with no event") {
    core::FrameWake w;
    w.sizeChanged = true;
    CHECK(core::shouldRender(w));
    CHECK(core::waitTimeoutMs(w, -1) == 0);
    CHECK(core::framesOwedAfter(w) == core::kFramesAfterChange - 1);
    w.sizeChanged = false;
    CHECK(core::waitTimeoutMs(w, -1) == 60'000);
}

// SDL hands a compositor's new size to the renderer when a frame is presented, and the
// event announcing it may come earlier. Worst case: the size changes at the present of
// the last frame owed, so no frame is owed and no event is coming. The loop below takes
// its decisions the way window_loop.cpp does; it must not go to sleep on the old layout.
TEST_CASE("a size that reaches the renderer at the last owed present: frames at the new size, then sleep") {
    core::DrawingSize renderer{1280, 800};  // what SDL_GetRendererOutputSize returns
    bool windowEvent = true;                // the compositor's configure, 1280×720
    core::DrawingSize drawn;
    int framesPending = 0, presents = 0, sleeps = 0;
    while (sleeps == 0 && presents < 50) {
        core::FrameWake w;
        w.framesPending = framesPending;
        w.sizeChanged = renderer != drawn;
        if (core::waitTimeoutMs(w, -1) > 0 && !windowEvent) {
            ++sleeps;  // nothing wakes the real loop now: what is on screen stays
            break;
        }
        w.input = windowEvent;
        windowEvent = false;
        if (!core::shouldRender(w)) continue;
        drawn = renderer;  // laid out for the size read now
        if (++presents == core::kFramesAfterChange) renderer = {1280, 720};
        framesPending = core::framesOwedAfter(w);
    }
    CHECK(sleeps == 1);
    CHECK(presents == 2 * core::kFramesAfterChange);  // a new size settles like input
    CHECK(drawn == core::DrawingSize{1280, 720});
}
