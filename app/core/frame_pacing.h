// When to draw a frame and how long the loop may sleep: pure functions, so "renders
// only when something changed" is unit-tested, not hoped for (Tracy and ImHex render a
// few frames after input, then block in the event wait).
#pragma once
#include <cstdint>

namespace core {

// Frames drawn after any change, so layouts that settle over a frame or two are shown.
constexpr int kFramesAfterChange = 3;

struct FrameWake {
    bool input = false;         // an event arrived since the last frame
    bool timerDue = false;      // a timer the loop waited for has come (idle, countdown)
    bool animating = false;     // something moves by itself (scroll inertia)
    int framesPending = 0;      // frames still owed after an earlier change
};

bool shouldRender(const FrameWake& wake);

// Frames still owed after drawing one frame for `wake`.
int framesOwedAfter(const FrameWake& wake);

// Milliseconds the loop may block waiting for events: 0 when a frame is owed or
// something animates, else until the next timer (`msUntilTimer`, -1 = none), capped.
int waitTimeoutMs(int framesPending, bool animating, int64_t msUntilTimer);

} // namespace core
