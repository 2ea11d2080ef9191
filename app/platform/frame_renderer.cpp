// ImGui frame setup and rendering through imgui_impl_sdlrenderer.
#include "platform/frame_renderer.h"

#include <imgui/backends/imgui_impl_sdlrenderer.h>
#include <imgui/imgui.h>

#include <cmath>

#include "core/content/font_characters.h"

namespace platform {
namespace {

// SDL's software renderer truncates every vertex to a whole pixel, so a corner computed as
// 6.9999995 on one CPU and 7.0 on another lands a row apart (gcc fuses multiply-adds on
// arm64, not on amd64: the Pi's screens differed by a row along every rounded edge).
// A vertex within 1/256 px of a whole pixel is put on it: every build draws the same pixels,
// and no one can see 1/256 px.
float snapped(float v) {
    const float whole = std::round(v);
    return std::fabs(v - whole) < 1.f / 256.f ? whole : v;
}

void snapToWholePixels(ImDrawData* data) {
    for (int l = 0; l < data->CmdListsCount; ++l) {
        for (ImDrawVert& v : data->CmdLists[l]->VtxBuffer) v.pos = ImVec2(snapped(v.pos.x), snapped(v.pos.y));
    }
}

} // namespace

FrameRenderer::FrameRenderer(SDL_Renderer* renderer, FontFiles fonts, float dpi)
    : renderer_(renderer), fonts_(std::move(fonts)), dpi_(dpi) {
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the kiosk writes nothing to disk but statistics
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.ChildBorderSize = 0;
    // Anti-aliased fills and lines add fringe triangles around every shape and outline; the
    // software renderer pays for them at every pixel of their bounding boxes (bench at 1080p:
    // 8.1 -> 7.3 ms a frame without AA fills, 6.5 ms without AA lines too). A GPU draws
    // them for free, so keep them there.
    SDL_RendererInfo info{};
    style.AntiAliasedFill = SDL_GetRendererInfo(renderer_, &info) == 0 && (info.flags & SDL_RENDERER_ACCELERATED);
    style.AntiAliasedLines = style.AntiAliasedFill;
    ImGui_ImplSDLRenderer_Init(renderer_);
}

FrameRenderer::~FrameRenderer() {
    ImGui::SetCurrentContext(context_);
    ImGui_ImplSDLRenderer_Shutdown();
    ImGui::DestroyContext(context_);
}

// One atlas for the sizes in use and the content's characters, rebuilt only when either
// changes (a window resize, the large-text button, a content reload).
void FrameRenderer::matchFonts(ui::UiContext& ui, const core::Content& content, const ui::Metrics& m) {
    const bool sameSizes = built_ && m.bodySize == builtFor_.bodySize && m.titleSize == builtFor_.titleSize &&
                           m.smallSize == builtFor_.smallSize;
    std::vector<unsigned short> ranges;
    // A reloaded content is a new object made while the old one lives: a new address.
    if (!built_ || &content != builtForContent_) ranges = atlasRanges(core::fontCharacters(content));
    const bool sameGlyphs = built_ && (&content == builtForContent_ || ranges == ranges_);
    if (!sameSizes || !sameGlyphs) {
        if (!sameGlyphs) ranges_ = std::move(ranges);
        ImGui_ImplSDLRenderer_DestroyFontsTexture();
        ui.fonts = buildFontAtlas(fonts_, m, ranges_);
        ImGui_ImplSDLRenderer_CreateFontsTexture();
        // The texture holds the pixels now: drop ImGui's alpha and RGBA copies.
        ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
        atlasWidth_ = atlas.TexWidth;
        atlasHeight_ = atlas.TexHeight;
        atlas.ClearTexData();
        builtFor_ = m;
        built_ = true;
    }
    builtForContent_ = &content;
    ui.metrics = m;
    ui.touch.setDragThreshold(m.target * 0.15f);
}

ui::Actions FrameRenderer::draw(ui::KioskUi& kioskUi, int width, int height, int64_t nowMs, float dt, bool rasterize) {
    ImGui::SetCurrentContext(context_);
    matchFonts(kioskUi.context(), *kioskUi.kiosk().content,
               ui::computeMetrics(static_cast<float>(width), static_cast<float>(height), dpi_, kioskUi.kiosk().textSize));
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DeltaTime = dt > 0 ? dt : 1.f / 60.f;
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // our touch layer handles the pointer
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui::NewFrame();
    ui::Actions actions = kioskUi.frame(nowMs, dt);
    ImGui::Render();
    if (!rasterize) return actions;
    const ImU32 bg = ui::palette().background;
    SDL_SetRenderDrawColor(renderer_, bg & 0xFF, (bg >> 8) & 0xFF, (bg >> 16) & 0xFF, 0xFF);
    SDL_RenderClear(renderer_);
    snapToWholePixels(ImGui::GetDrawData());
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
    SDL_RenderPresent(renderer_);
    return actions;
}

} // namespace platform
