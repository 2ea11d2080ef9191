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
    bool sizeChanged = false;   // the drawing size is not the one the last frame was laid out for
};

// The renderer's drawing size in pixels. A Wayland compositor's new size reaches SDL's
// renderer only when a frame is presented, so it can change right after a frame and
// without any event of its own: the loop compares it with the last frame's after every
// frame and at every wake, and draws again when they differ.
struct DrawingSize {
    int width = 0, height = 0;
    bool operator==(const DrawingSize& o) const { return width == o.width && height == o.height; }
    bool operator!=(const DrawingSize& o) const { return !(*this == o); }
};

bool shouldRender(const FrameWake& wake);

// Frames still owed after drawing one frame for `wake`.
int framesOwedAfter(const FrameWake& wake);

// Milliseconds the loop may block waiting for events: 0 when a frame is owed or
// something animates, else until the next timer (`msUntilTimer`, -1 = none), capped.
int waitTimeoutMs(int framesPending, bool animating, int64_t msUntilTimer);

// The same for a whole wake: no sleep at all while the drawing size is not the last frame's.
int waitTimeoutMs(const FrameWake& wake, int64_t msUntilTimer);

} // namespace core
