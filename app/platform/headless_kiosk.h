// The real kiosk UI on an offscreen software renderer with a fake clock and scripted
// input: what `repere shoot`, `repere monkey` and the UI tests drive. Taps go through
// the same touch path as a finger (press and release at a widget's registered centre).
#pragma once
#include <memory>
#include <string>

#include "core/kiosk/kiosk.h"
#include "io/effects.h"
#include "platform/frame_renderer.h"
#include "platform/offscreen.h"
#include "ui/kiosk_ui.h"

namespace platform {

class HeadlessKiosk {
public:
    // `store`: where statistics and settings go; null records nothing.
    HeadlessKiosk(const core::Content& content, core::KioskSettings settings, int width, int height,
                  bool windowed = true, io::StatsStore* store = nullptr);

    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }

    core::Kiosk& kiosk() { return kiosk_; }
    ui::KioskUi& kioskUi() { return kioskUi_; }
    const ui::WidgetRegistry& widgets() const { return kioskUi_.context().registry; }
    int64_t now() const { return now_; }

    // Draws one frame (16 ms later). `rasterize` false skips the pixels (faster; layout
    // and widget registration are identical).
    ui::Actions frame(bool rasterize = true);
    // Presses and releases at the centre of widget `id` from the last frame, then draws
    // two frames (the tap acts in the first, the next screen registers in the second).
    // False when no such widget is on screen.
    bool tap(const std::string& id, bool rasterize = true);
    void tapAt(float x, float y, bool rasterize = true);
    void drag(float x0, float y0, float x1, float y1, int steps, bool rasterize = true);
    void key(core::Key key, int digit = 0, bool rasterize = true);
    void wheel(float notches, bool rasterize = true);
    void advance(int64_t ms) { now_ += ms; }
    // The fake wall clock "open now" is computed from; kept across reset(). None = unknown.
    void setLocalTime(std::optional<core::LocalTime> at) { localTime_ = at; core::apply(kiosk_, core::action::ClockRead{at}); }
    // A fresh kiosk with these settings (as after a restart of the program), same window.
    void reset(core::KioskSettings settings = {});
    // Applies an action directly, as the views would, and runs what it queued.
    void act(const core::Action& action);
    // Folders that stand for mounted USB sticks (exports, content packs); none by default,
    // so a headless run never looks at the sticks of the machine it runs on.
    void setRemovableDrives(std::vector<std::string> drives) { effects_.setRemovableDrives(std::move(drives)); }
    // The draw that blurs each statistics record (io::EffectRunner::setRandom).
    void setRandom(core::RandomBelow random) { effects_.setRandom(std::move(random)); }
    // Opens the team panel as the team does on first use: chooses `pin` (digits), types it again.
    void openTeamPanelFirstUse(const std::string& pin = "975318");

    bool savePng(const std::string& path, std::string& error) const { return offscreen_.savePng(path, error); }
    io::RgbaImage image() const { return offscreen_.image(); }
    const FrameRenderer* renderer() const { return renderer_.get(); }

private:
    io::EffectRunner effects_;
    core::Kiosk kiosk_;
    int64_t now_ = 1'000'000;
    std::optional<core::LocalTime> localTime_;
    ui::KioskUi kioskUi_;
    Offscreen offscreen_;
    std::unique_ptr<FrameRenderer> renderer_;
    std::string error_;
};

} // namespace platform
