// Touch semantics shared by every widget: a tap activates on release, only if the
// pointer did not travel (a drag scrolls instead, with inertia); nothing depends on
// hover. Also the registry of touch widgets (stable id + rectangle each frame), which
// tests and the monkey use to tap by id.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <imgui/imgui.h>

#include "ui/input.h"

namespace ui {

struct RegisteredWidget {
    std::string id;
    ImVec2 min, max;      // on screen, clipped to what is visible
    bool textFits = true; // false when its label overflowed its box
    bool whole = true;    // false when partly scrolled out of sight (or hidden behind a band)
    ImVec2 drawnMin{}, drawnMax{};  // as drawn, before clipping: the layout tests check these
    bool tappable = true;  // false for a sign that only shows where it is ("more answers below")
};

class Touch {
public:
    // Pointer travel (px) beyond which a press becomes a drag instead of a tap.
    void setDragThreshold(float px) { dragThreshold_ = px; }

    // Feeds one pointer event (in order); timeSeconds is the frame clock.
    void feed(const InputEvent& event, double timeSeconds);
    // Called once per frame before drawing: applies inertia for `dt` seconds.
    void beginFrame(float dt);
    // Called after drawing: forgets this frame's tap and scroll.
    void endFrame();

    // A tap completed this frame inside `rect` (both press and release inside it).
    bool tappedIn(const ImVec2& min, const ImVec2& max) const;
    // The pointer is held, not dragging, on `rect` (drawn as pressed).
    bool heldOn(const ImVec2& min, const ImVec2& max) const;
    // Scroll to apply this frame to the screen's scroll area (px, + = content moves up).
    // Each screen has one scroll area, so a drag anywhere scrolls it.
    float scrollDelta() const { return pendingScroll_; }
    void stopInertia() { velocity_ = 0; }
    bool animating() const { return velocity_ != 0; }
    // True once per press when the pointer has been held still inside `rect` for
    // `seconds` (the team panel's long press).
    bool longPressIn(const ImVec2& min, const ImVec2& max, double nowSeconds, double seconds);
    // Seconds until a press held now inside `rect` becomes a long press (-1: none under way).
    double longPressRemaining(const ImVec2& min, const ImVec2& max, double nowSeconds, double seconds) const;
    void blockTaps() { tap_.reset(); }

private:
    float dragThreshold_ = 16;
    bool down_ = false;
    bool dragging_ = false;
    ImVec2 pressAt_{}, lastAt_{};
    double lastTime_ = 0;
    double pressTime_ = 0;
    bool longPressFired_ = false;
    float pendingScroll_ = 0;
    float velocity_ = 0;  // px per second, for inertia after release
    struct Tap { ImVec2 press, release; };
    std::optional<Tap> tap_;
};

class WidgetRegistry {
public:
    void clear() { widgets_.clear(); }
    void add(RegisteredWidget w) { widgets_.push_back(std::move(w)); }
    const std::vector<RegisteredWidget>& widgets() const { return widgets_; }
    const RegisteredWidget* find(const std::string& id) const;

private:
    std::vector<RegisteredWidget> widgets_;
};

} // namespace ui
