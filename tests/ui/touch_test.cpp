// Tap versus drag, and inertia, on the touch layer alone.
#include <doctest/doctest.h>

#include "ui/touch.h"

namespace {
const ImVec2 kMin{100, 100}, kMax{300, 200};
}

TEST_CASE("a tap activates on release inside the widget") {
    ui::Touch t;
    t.feed(ui::PointerPress{150, 150}, 0.0);
    CHECK(t.heldOn(kMin, kMax));
    CHECK_FALSE(t.tappedIn(kMin, kMax));  // nothing on press
    t.feed(ui::PointerRelease{152, 151}, 0.1);
    CHECK(t.tappedIn(kMin, kMax));
    t.endFrame();
    CHECK_FALSE(t.tappedIn(kMin, kMax));  // once only
}

TEST_CASE("releasing outside the widget cancels the tap") {
    ui::Touch t;
    t.setDragThreshold(1000);
    t.feed(ui::PointerPress{150, 150}, 0.0);
    t.feed(ui::PointerRelease{400, 150}, 0.1);
    CHECK_FALSE(t.tappedIn(kMin, kMax));
}

TEST_CASE("a drag scrolls and never taps, then coasts and stops") {
    ui::Touch t;
    t.setDragThreshold(16);
    t.feed(ui::PointerPress{150, 190}, 0.0);
    t.feed(ui::PointerMove{150, 170}, 0.016);
    t.feed(ui::PointerMove{150, 120}, 0.032);
    CHECK_FALSE(t.heldOn(kMin, kMax));
    CHECK(t.scrollDelta() == doctest::Approx(70));  // finger moved up 70 px: content follows
    t.endFrame();
    t.feed(ui::PointerRelease{150, 120}, 0.040);
    CHECK_FALSE(t.tappedIn(kMin, kMax));
    CHECK(t.animating());
    float coasted = 0;
    int frames = 0;
    while (t.animating() && frames < 1000) {
        t.beginFrame(0.016f);
        coasted += t.scrollDelta();
        t.endFrame();
        ++frames;
    }
    CHECK(coasted > 0);
    CHECK(frames < 1000);  // inertia ends
}

TEST_CASE("a finger that rests before lifting does not fling") {
    ui::Touch t;
    t.feed(ui::PointerPress{150, 190}, 0.0);
    t.feed(ui::PointerMove{150, 120}, 0.02);
    t.feed(ui::PointerRelease{150, 120}, 0.5);
    CHECK_FALSE(t.animating());
}

TEST_CASE("the widget registry finds widgets by id") {
    ui::WidgetRegistry r;
    r.add({"start", {0, 0}, {10, 10}, true});
    REQUIRE(r.find("start"));
    CHECK(r.find("start")->max.x == 10);
    CHECK(r.find("other") == nullptr);
    r.clear();
    CHECK(r.find("start") == nullptr);
}
