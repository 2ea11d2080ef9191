// FreeType atlas building from the font files io/font_files.h found.
#include "platform/fonts.h"

#include <imgui/imgui.h>
#include <imgui/imgui_freetype.h>

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
    // A power-of-two height keeps every glyph's texture coordinate exact in a float (y / 2^k),
    // so SDL's software renderer finds the same rows on every CPU: with any other height,
    // `v * height` rounds, and aarch64's fused multiply-subtract cut 45% of glyphs a row short.
    io.Fonts->Flags &= ~ImFontAtlasFlags_NoPowerOfTwoHeight;
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    ui::FontSet set;
    set.body = add(files.regular, m.bodySize, ranges);
    set.bold = add(files.bold, m.bodySize, ranges);
    set.title = add(files.bold, m.titleSize, ranges);
    set.small = add(files.regular, m.smallSize, ranges);
    io.Fonts->Build();
    return set;
}

} // namespace platform
