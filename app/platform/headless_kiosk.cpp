// Scripted input and offscreen frames.
#include "platform/headless_kiosk.h"

#include <new>

#include "platform/frame_step.h"

namespace platform {

HeadlessKiosk::HeadlessKiosk(const core::Content& content, core::KioskSettings settings, int width, int height,
                             bool windowed, io::StatsStore* store)
    : effects_(store, content.directory, std::make_unique<core::Content>(content), store ? store->directory() : ""),
      kiosk_(effects_.content(), std::move(settings)), kioskUi_(kiosk_, windowed, now_), offscreen_(width, height) {
    effects_.setRemovableDrives({});
    effects_.restore(kiosk_);
    if (!offscreen_.ok()) { error_ = std::string("cannot create an offscreen renderer: ") + SDL_GetError(); return; }
    std::string fontError;
    io::FontFiles fonts = io::findFonts(fontError);
    if (fonts.regular.empty()) { error_ = fontError; return; }
    renderer_ = std::make_unique<FrameRenderer>(offscreen_.renderer(), std::move(fonts), 0.f);
}

ui::Actions HeadlessKiosk::frame(bool rasterize) {
    if (!renderer_) return {};
    now_ += 16;
    return stepFrame(*renderer_, kioskUi_, effects_, {offscreen_.width(), offscreen_.height()}, now_, 0.016f, rasterize);
}

void HeadlessKiosk::reset(core::KioskSettings settings) {
    // A person cannot be copied or assigned (core/kiosk/person.h): the kiosk is rebuilt in
    // place, at the same address KioskUi keeps referring to.
    kiosk_.~Kiosk();
    new (&kiosk_) core::Kiosk(effects_.content(), std::move(settings));
    core::apply(kiosk_, core::action::ClockRead{localTime_});
    effects_.restore(kiosk_);
    kioskUi_.context().touch = ui::Touch{};
    kioskUi_.context().scrollKey.clear();
    now_ += 1000;
    kioskUi_.act(core::action::StillHere{}, now_);  // the idle clock starts now
}

void HeadlessKiosk::act(const core::Action& action) {
    kioskUi_.act(action, now_);
    effects_.run(kiosk_);
}

void HeadlessKiosk::openTeamPanelFirstUse(const std::string& pin) {
    act(core::action::Team{core::team::Open{}});
    for (int round = 0; round < 2; ++round) {
        for (char d : pin) act(core::action::Team{core::team::Digit{d - '0'}});
        act(core::action::Team{core::team::Submit{now_}});
    }
}

bool HeadlessKiosk::tap(const std::string& id, bool rasterize) {
    const ui::RegisteredWidget* w = widgets().find(id);
    if (!w) return false;
    tapAt((w->min.x + w->max.x) / 2, (w->min.y + w->max.y) / 2, rasterize);
    return true;
}

void HeadlessKiosk::tapAt(float x, float y, bool rasterize) {
    kioskUi_.input(ui::PointerPress{x, y}, now_);
    now_ += 60;
    kioskUi_.input(ui::PointerRelease{x, y}, now_);
    frame(rasterize);  // the tap is resolved and its action applied
    frame(rasterize);  // the screen it led to registers its widgets
}

void HeadlessKiosk::drag(float x0, float y0, float x1, float y1, int steps, bool rasterize) {
    kioskUi_.input(ui::PointerPress{x0, y0}, now_);
    for (int i = 1; i <= steps; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(steps);
        now_ += 16;
        kioskUi_.input(ui::PointerMove{x0 + (x1 - x0) * t, y0 + (y1 - y0) * t}, now_);
        frame(rasterize);
    }
    kioskUi_.input(ui::PointerRelease{x1, y1}, now_);
    frame(rasterize);
    frame(rasterize);
}

void HeadlessKiosk::key(core::Key k, int digit, bool rasterize) {
    kioskUi_.input(ui::KeyPress{k, digit}, now_);
    frame(rasterize);
}

void HeadlessKiosk::wheel(float notches, bool rasterize) {
    kioskUi_.input(ui::Wheel{notches}, now_);
    frame(rasterize);
}

} // namespace platform
