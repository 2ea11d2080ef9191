// Tap versus drag, drag-to-scroll and inertia (imgui issue 3379's ScrollWhenDraggingOnVoid,
// hello_imgui's touch_scroll), done on our own pointer events since 1.86 has no touch source.
#include "ui/touch.h"

#include <algorithm>
#include <cmath>

namespace ui {
namespace {
bool inside(const ImVec2& p, const ImVec2& min, const ImVec2& max) {
    return p.x >= min.x && p.y >= min.y && p.x < max.x && p.y < max.y;
}
constexpr float kInertiaDecayPerSecond = 0.04f;  // fraction of speed left after one second
constexpr float kInertiaStopSpeed = 20.f;        // px/s below which inertia stops
constexpr float kWheelLinePx = 60.f;             // scroll per mouse-wheel notch
} // namespace

void Touch::feed(const InputEvent& event, double time) {
    if (const auto* p = std::get_if<PointerPress>(&event)) {
        down_ = true;
        dragging_ = false;
        pressAt_ = lastAt_ = {p->x, p->y};
        lastTime_ = pressTime_ = time;
        longPressFired_ = false;
        velocity_ = 0;
    } else if (const auto* m = std::get_if<PointerMove>(&event)) {
        if (!down_) return;
        const ImVec2 at{m->x, m->y};
        if (!dragging_ && std::hypot(at.x - pressAt_.x, at.y - pressAt_.y) > dragThreshold_) dragging_ = true;
        if (dragging_) {
            const float dy = lastAt_.y - at.y;
            pendingScroll_ += dy;
            const double dt = time - lastTime_;
            if (dt > 0.001) velocity_ = static_cast<float>(dy / dt);
            lastTime_ = time;
        }
        lastAt_ = at;
    } else if (const auto* r = std::get_if<PointerRelease>(&event)) {
        if (!down_) return;
        down_ = false;
        if (!dragging_ && !longPressFired_) {
            tap_ = Tap{pressAt_, {r->x, r->y}};
            velocity_ = 0;
        } else {
            if (time - lastTime_ > 0.1) velocity_ = 0;  // finger rested before lifting: no fling
        }
    } else if (const auto* w = std::get_if<Wheel>(&event)) {
        pendingScroll_ -= w->dy * kWheelLinePx;
        velocity_ = 0;
    }
}

void Touch::beginFrame(float dt) {
    if (!down_ && velocity_ != 0) {
        pendingScroll_ += velocity_ * dt;
        velocity_ *= std::pow(kInertiaDecayPerSecond, dt);
        if (std::fabs(velocity_) < kInertiaStopSpeed) velocity_ = 0;
    }
}

bool Touch::tappedIn(const ImVec2& min, const ImVec2& max) const {
    return tap_ && inside(tap_->press, min, max) && inside(tap_->release, min, max);
}

bool Touch::heldOn(const ImVec2& min, const ImVec2& max) const {
    return down_ && !dragging_ && inside(pressAt_, min, max) && inside(lastAt_, min, max);
}

bool Touch::longPressIn(const ImVec2& min, const ImVec2& max, double now, double seconds) {
    if (longPressFired_ || longPressRemaining(min, max, now, seconds) != 0) return false;
    longPressFired_ = true;
    tap_.reset();  // lifting the finger afterwards is not a tap
    return true;
}

double Touch::longPressRemaining(const ImVec2& min, const ImVec2& max, double now, double seconds) const {
    if (!down_ || dragging_ || longPressFired_ || !inside(pressAt_, min, max)) return -1;
    return std::max(0.0, pressTime_ + seconds - now);
}

void Touch::endFrame() {
    tap_.reset();
    pendingScroll_ = 0;
    if (!down_) dragging_ = false;
}

const RegisteredWidget* WidgetRegistry::find(const std::string& id) const {
    for (const auto& w : widgets_) if (w.id == id) return &w;
    return nullptr;
}

} // namespace ui
