#include <doctest/doctest.h>

#include "core/frame_pacing.h"

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
