// Dear ImGui on an SDL_Renderer: owns the ImGui context and the renderer backend,
// keeps the font atlas matched to the window size, DPI and text size, and draws one
// kiosk frame. Used by the window loop and the headless commands alike.
#pragma once
#include <cstdint>
#include <vector>

#include <SDL.h>

#include "platform/fonts.h"
#include "ui/kiosk_ui.h"

struct ImGuiContext;

namespace platform {

class FrameRenderer {
public:
    // `dpi` <= 0 when unknown. `fonts` must hold a usable font.
    FrameRenderer(SDL_Renderer* renderer, FontFiles fonts, float dpi);
    ~FrameRenderer();
    FrameRenderer(const FrameRenderer&) = delete;
    FrameRenderer& operator=(const FrameRenderer&) = delete;

    // Lays out, draws and presents one frame of `kioskUi` at width × height pixels.
    // `rasterize` false stops after layout (headless runs that need no pixels).
    ui::Actions draw(ui::KioskUi& kioskUi, int width, int height, int64_t nowMs, float dt, bool rasterize = true);

    // The font texture's size in pixels (each pixel 4 bytes: SDL_Renderer has no
    // alpha-only format), for the tests and the benchmark.
    int atlasWidth() const { return atlasWidth_; }
    int atlasHeight() const { return atlasHeight_; }

private:
    void matchFonts(ui::UiContext& ui, const core::Content& content, const ui::Metrics& metrics);

    SDL_Renderer* renderer_;
    FontFiles fonts_;
    float dpi_;
    ImGuiContext* context_ = nullptr;
    ui::Metrics builtFor_{};
    const core::Content* builtForContent_ = nullptr;
    std::vector<unsigned short> ranges_;  // the atlas's glyphs; ImGui reads them while it lives
    bool built_ = false;
    int atlasWidth_ = 0, atlasHeight_ = 0;
};

} // namespace platform
