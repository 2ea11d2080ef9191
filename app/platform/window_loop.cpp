// The real event loop: block in SDL until input or a timer, draw a few frames, block again.
#include "platform/window_loop.h"

#include <cstdio>

#include "core/frame_pacing.h"
#include "platform/fonts.h"
#include "platform/local_clock.h"
#include "platform/frame_renderer.h"
#include "platform/sdl_input.h"
#include "platform/stop_signals.h"

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

} // namespace

int runWindow(EffectRunner& effects, const core::KioskSettings& settings, const WindowOptions& options,
              std::optional<core::LanguageIndex> language) {
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");     // ours: stop_signals.h
    blockStopSignals();
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");      // fingers are read directly
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    if (!options.windowed) SDL_SetHint(SDL_HINT_GRAB_KEYBOARD, "1");  // keep Alt+Tab and friends from the desktop
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        std::fprintf(stderr, "repere: cannot start video: %s\n", SDL_GetError());
        return 1;
    }
    startStopSignalWatch();
    std::string fontError;
    FontFiles fonts = findFonts(fontError);
    if (fonts.regular.empty()) {
        std::fprintf(stderr, "repere: %s\n", fontError.c_str());
        SDL_Quit();
        return 1;
    }
    Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_RESIZABLE;
    if (!options.windowed) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
    const int w = options.width > 0 ? options.width : 1280, h = options.height > 0 ? options.height : 800;
    SDL_Window* window = SDL_CreateWindow("Repère", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    SDL_Renderer* renderer = window ? SDL_CreateRenderer(window, -1, SDL_RENDERER_PRESENTVSYNC) : nullptr;
    if (!renderer && window) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    if (!renderer) {
        std::fprintf(stderr, "repere: cannot open a window: %s\n", SDL_GetError());
        if (window) SDL_DestroyWindow(window);
        SDL_Quit();
        return 1;
    }
    if (!options.windowed) SDL_ShowCursor(SDL_DISABLE);

    core::Kiosk kiosk(effects.content(), settings);
    effects.restore(kiosk, core::RunOptions{settings.demo, language});  // --demo and --lang win for this run
    int64_t last = SDL_GetTicks64();
    ui::KioskUi kioskUi(kiosk, options.windowed, static_cast<int64_t>(last));
    kioskUi.setLocalClock(systemLocalTime);
    {
        FrameRenderer frames(renderer, std::move(fonts), displayDpi(window));
        SdlInput input;
        bool running = true;
        int framesPending = core::kFramesAfterChange;
        core::DrawingSize drawn;  // the size the last frame was laid out for (none yet)
        while (running && !effects.quitRequested()) {
            const int64_t now0 = static_cast<int64_t>(SDL_GetTicks64());
            const int64_t timer = kioskUi.msUntilTimer(now0);
            SDL_Event e;
            core::FrameWake wake;
            wake.framesPending = framesPending;
            wake.animating = kioskUi.animating();
            wake.sizeChanged = drawingSize(renderer) != drawn;
            bool got = SDL_WaitEventTimeout(&e, core::waitTimeoutMs(wake, timer)) != 0;
            core::DrawingSize size = drawingSize(renderer);
            while (got) {
                const int64_t now = static_cast<int64_t>(SDL_GetTicks64());
                // Kiosk mode: only the team panel or a stop signal (systemctl stop) quits.
                if (e.type == SDL_QUIT && (options.windowed || stopRequested())) running = false;
                if (e.type == SDL_WINDOWEVENT) {
                    wake.input = true;
                    size = drawingSize(renderer);
                }
                if (auto event = input.translate(e, size.width, size.height)) {
                    kioskUi.input(*event, now);
                    wake.input = true;
                }
                got = SDL_PollEvent(&e) != 0;
            }
            const int64_t now = static_cast<int64_t>(SDL_GetTicks64());
            wake.timerDue = timer >= 0 && now - now0 >= timer;
            wake.sizeChanged = size != drawn;
            effects.run(kiosk);  // what keys queued
            if (!core::shouldRender(wake)) continue;
            // SDL sets the viewport when it sees a size event, which can come before the
            // size itself (Wayland): lay the frame out on the whole size read now.
            if (wake.sizeChanged) SDL_RenderSetViewport(renderer, nullptr);
            const float dt = static_cast<float>(now - last) / 1000.f;
            last = now;
            const ui::Actions actions = frames.draw(kioskUi, size.width, size.height, now, dt);
            drawn = size;
            // Disk writes come after the frame is shown, so a tap never waits for fsync.
            effects.run(kiosk);
            if (!actions.empty()) wake.input = true;
            framesPending = core::framesOwedAfter(wake);
        }
    }
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    SDL_Quit();
    return 0;
}

} // namespace platform
