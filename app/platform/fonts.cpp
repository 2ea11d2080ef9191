// FreeType atlas building from the font files io/font_files.h found.
#include "platform/fonts.h"

#include <imgui/imgui.h>
#include <imgui/imgui_freetype.h>

#include <cmath>
#include <memory>

namespace platform {
namespace {

static_assert(sizeof(ImWchar) == sizeof(unsigned short), "glyph ranges are passed as unsigned short");

ImFont* add(std::vector<unsigned char>& data, float px, const std::vector<ImWchar>& ranges) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes stay in FontFiles for later rebuilds
    cfg.OversampleH = 1;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), px, &cfg, ranges.data());
}

// A texture coordinate moved 1/256 texel past the texel edge it stands for. SDL's software
// renderer draws each glyph as a rectangle copied from the texture and finds the rectangle
// by truncating (SDL 2.26, SDL_render.c, SDL_SW_RenderGeometryRaw):
//     s.y = (int)(v0 * texh);  s.h = (int)(v1 * texh - s.y);
// ImGui's v = row * (1.0f / texh) is inexact unless texh is a power of two (ours is not:
// NoPowerOfTwoHeight), so v * texh lands a hair below or above the row, and truncation
// keeps or loses a row by rounding luck. On arm64, gcc fuses `v1 * texh - s.y` into one
// fnmsub (-ffp-contract=fast, Debian's default) that rounds differently from x86-64:
// over every row of atlas heights 300 to 2048, 45% of glyph rectangles then end a row
// short (descenders cut off) against 12% on amd64.
// Anchored 1/256 texel inside, every product truncates to the intended texel under any
// rounding (the error is under 1/4000 texel); to a GPU sampling the texture it is invisible.
float anchored(float uv, int size) {
    const double texel = std::round(static_cast<double>(uv) * size);
    return static_cast<float>((texel + 1.0 / 256) / size);
}

// Anchors every glyph's texture rectangle (each font in the atlas) as above.
void anchorGlyphRectangles(ImFontAtlas& atlas) {
    for (ImFont* font : atlas.Fonts) {
        for (ImFontGlyph& g : font->Glyphs) {
            g.U0 = anchored(g.U0, atlas.TexWidth);
            g.U1 = anchored(g.U1, atlas.TexWidth);
            g.V0 = anchored(g.V0, atlas.TexHeight);
            g.V1 = anchored(g.V1, atlas.TexHeight);
        }
    }
}

} // namespace

std::vector<unsigned short> atlasRanges(const std::u32string& characters) {
    ImFontGlyphRangesBuilder builder;
    for (char32_t cp : characters) if (io::hasGlyph(cp)) builder.AddChar(static_cast<ImWchar>(cp));
    ImVector<ImWchar> built;
    builder.BuildRanges(&built);
    return std::vector<unsigned short>(built.begin(), built.end());
}

ui::FontSet buildFontAtlas(FontFiles& files, const ui::Metrics& m, const std::vector<unsigned short>& ranges) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;  // no renderer here needs it; it can double the texture
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    ui::FontSet set;
    set.body = add(files.regular, m.bodySize, ranges);
    set.bold = add(files.bold, m.bodySize, ranges);
    set.title = add(files.bold, m.titleSize, ranges);
    set.small = add(files.regular, m.smallSize, ranges);
    io.Fonts->Build();
    anchorGlyphRectangles(*io.Fonts);
    return set;
}

} // namespace platform
