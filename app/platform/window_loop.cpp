// The real event loop: block in SDL until input or a timer, draw a few frames, block again.
#include "platform/window_loop.h"

#include <cstdio>

#include "core/kiosk/frame_pacing.h"
#include "platform/fonts.h"
#include "io/machine/local_clock.h"
#include "platform/frame_renderer.h"
#include "platform/frame_step.h"
#include "platform/sdl_input.h"
#include "platform/stop_signals.h"
#include "platform/window_renderer.h"

namespace platform {
namespace {

float displayDpi(SDL_Window* window) {
    float ddpi = 0;
    if (SDL_GetDisplayDPI(SDL_GetWindowDisplayIndex(window), &ddpi, nullptr, nullptr) != 0) return 0;
    return ddpi >= 50 && ddpi <= 800 ? ddpi : 0;  // implausible values mean "unknown"
}

// The renderer's drawing size now; it may have changed at the last present (see DrawingSize).
core::DrawingSize drawingSize(SDL_Renderer* renderer) {
    core::DrawingSize size;
    SDL_GetRendererOutputSize(renderer, &size.width, &size.height);
    return size;
}

// SDL with the kiosk's hints, the window and its renderer; SDL_Quit when it goes.
struct SdlWindow {
    SDL_Window* window = nullptr;
    SDL_Renderer* renderer = nullptr;
    SdlWindow() = default;
    SdlWindow(const SdlWindow&) = delete;
    SdlWindow& operator=(const SdlWindow&) = delete;
    ~SdlWindow() {
        if (renderer) SDL_DestroyRenderer(renderer);
        if (window) SDL_DestroyWindow(window);
        SDL_Quit();
    }
};

bool startVideo(const WindowOptions& options) {
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");     // ours: stop_signals.h
    blockStopSignals();
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");      // fingers are read directly
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    if (!options.windowed) SDL_SetHint(SDL_HINT_GRAB_KEYBOARD, "1");  // keep Alt+Tab and friends from the desktop
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        std::fprintf(stderr, "repere: cannot start video: %s\n", SDL_GetError());
        return false;
    }
    startStopSignalWatch();
    return true;
}

bool openWindow(SdlWindow& sdl, const WindowOptions& options, const core::RendererProbe& probe) {
    Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_RESIZABLE;
    if (!options.windowed) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
    const int w = options.width > 0 ? options.width : 1280, h = options.height > 0 ? options.height : 800;
    sdl.window = SDL_CreateWindow("Repère", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    sdl.renderer = sdl.window ? createWindowRenderer(sdl.window, options.renderer, probe) : nullptr;
    if (!sdl.renderer) {
        std::fprintf(stderr, "repere: cannot open a window: %s\n", SDL_GetError());
        return false;
    }
    if (!options.windowed) SDL_ShowCursor(SDL_DISABLE);
    return true;
}

int64_t ticks() { return static_cast<int64_t>(SDL_GetTicks64()); }

// What woke the loop, the drawing size then, and when.
struct Wake {
    core::FrameWake frame;
    core::DrawingSize size;
    int64_t now = 0;
};

// Blocks until an event, a timer or a size change (not at all while frames are owed or
// something animates), then feeds every waiting event to the views. `running` turns
// false on a quit the kiosk obeys.
Wake waitAndFeed(SDL_Renderer* renderer, ui::KioskUi& kioskUi, SdlInput& input, int framesPending,
                 core::DrawingSize drawn, bool windowed, bool& running) {
    const int64_t start = ticks();
    const int64_t timer = kioskUi.msUntilTimer(start);
    Wake wake;
    wake.frame.framesPending = framesPending;
    wake.frame.animating = kioskUi.animating();
    wake.frame.sizeChanged = drawingSize(renderer) != drawn;
    SDL_Event e;
    bool got = SDL_WaitEventTimeout(&e, core::waitTimeoutMs(wake.frame, timer)) != 0;
    wake.size = drawingSize(renderer);
    for (; got; got = SDL_PollEvent(&e) != 0) {
        // Kiosk mode: only the team panel or a stop signal (systemctl stop) quits.
        if (e.type == SDL_QUIT && (windowed || stopRequested())) running = false;
        if (e.type == SDL_WINDOWEVENT) {
            wake.frame.input = true;
            wake.size = drawingSize(renderer);
        }
        int windowWidth = 0, windowHeight = 0;
        SDL_GetWindowSize(SDL_RenderGetWindow(renderer), &windowWidth, &windowHeight);
        if (auto event = input.translate(e, wake.size.width, wake.size.height, windowWidth, windowHeight)) {
            kioskUi.input(*event, ticks());
            wake.frame.input = true;
        }
    }
    wake.now = ticks();
    wake.frame.timerDue = timer >= 0 && wake.now - start >= timer;
    wake.frame.sizeChanged = wake.size != drawn;
    return wake;
}

// Sleeps in SDL until something needs a frame, draws it, and again until a quit.
void runFrames(SDL_Renderer* renderer, FrameRenderer& frames, ui::KioskUi& kioskUi, io::EffectRunner& effects,
               bool windowed) {
    SdlInput input;
    bool running = true;
    int framesPending = core::kFramesAfterChange;
    core::DrawingSize drawn;  // the size the last frame was laid out for (none yet)
    int64_t last = ticks();
    while (running && !effects.quitRequested()) {
        Wake wake = waitAndFeed(renderer, kioskUi, input, framesPending, drawn, windowed, running);
        if (!core::shouldRender(wake.frame)) continue;
        // SDL sets the viewport when it sees a size event, which can come before the
        // size itself (Wayland): lay the frame out on the whole size read now.
        if (wake.frame.sizeChanged) SDL_RenderSetViewport(renderer, nullptr);
        const float dt = static_cast<float>(wake.now - last) / 1000.f;
        last = wake.now;
        const ui::Actions actions = stepFrame(frames, kioskUi, effects, wake.size, wake.now, dt);
        drawn = wake.size;
        if (!actions.empty()) wake.frame.input = true;
        framesPending = core::framesOwedAfter(wake.frame);
    }
}

} // namespace

int runWindow(io::EffectRunner& effects, const core::RunOptions& thisRun, const WindowOptions& options) {
    const core::RendererProbe probe = probeRenderers(options.renderer);  // before SDL and threads
    SdlWindow sdl;
    if (!startVideo(options)) return 1;
    std::string fontError;
    io::FontFiles fonts = io::findFonts(fontError);
    if (fonts.regular.empty()) {
        std::fprintf(stderr, "repere: %s\n", fontError.c_str());
        return 1;
    }
    if (!openWindow(sdl, options, probe)) return 1;

    core::Kiosk kiosk(effects.content());
    effects.restore(kiosk, thisRun);
    ui::KioskUi kioskUi(kiosk, options.windowed, ticks());
    kioskUi.setLocalClock(io::systemLocalTime);
    FrameRenderer frames(sdl.renderer, std::move(fonts), displayDpi(sdl.window));
    runFrames(sdl.renderer, frames, kioskUi, effects, options.windowed);
    return 0;
}

} // namespace platform
