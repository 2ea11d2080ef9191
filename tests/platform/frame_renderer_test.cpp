// The font atlas holds every character the content shows (in each of its four fonts),
// stays small at 1080p and in large text, follows a content reload that brings a new
// character, and gives SDL's software renderer texture rectangles that come out the same
// on amd64 and arm64.
#include <doctest/doctest.h>

#include <imgui/imgui.h>

#include <cmath>
#include <memory>

#include "core/content/font_characters.h"
#include "platform/fonts.h"
#include "platform/frame_renderer.h"
#include "platform/offscreen.h"
#include "support/content_fixture.h"

namespace {

// 4 MiB: the RGBA texture of 2026-11 held every Latin, punctuation and arrow glyph in
// 1024 × 2048 pixels (8 MiB, with ImGui's 10 MiB of copies beside it).
constexpr long kMaxAtlasBytes = 4L << 20;

struct Screen {
    platform::Offscreen offscreen{1920, 1080};
    std::unique_ptr<platform::FrameRenderer> renderer;

    Screen() {
        std::string error;
        io::FontFiles fonts = io::findFonts(error);
        REQUIRE(fonts.regular.size() > 0);
        REQUIRE(offscreen.ok());
        renderer = std::make_unique<platform::FrameRenderer>(offscreen.renderer(), std::move(fonts), 0.f);
    }
    void draw(ui::KioskUi& kioskUi) { renderer->draw(kioskUi, 1920, 1080, 1000, 0.016f); }
    long atlasBytes() const { return 4L * renderer->atlasWidth() * renderer->atlasHeight(); }
};

// Characters of `content` that one of the fonts drawn with has no glyph for.
std::u32string missingGlyphs(const core::Content& content, const ui::FontSet& fonts) {
    std::u32string missing;
    for (char32_t cp : core::fontCharacters(content)) {
        if (!io::hasGlyph(cp)) continue;  // `repere check` refuses those
        for (ImFont* font : {fonts.body, fonts.bold, fonts.title, fonts.small}) {
            if (!font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) { missing += cp; break; }
        }
    }
    return missing;
}

} // namespace

TEST_CASE("the atlas holds every character of the content, in at most 4 MiB") {
    const core::Content& content = testing::shippedContent();
    Screen screen;
    core::Kiosk kiosk(content);
    ui::KioskUi kioskUi(kiosk, true, 0);
    screen.draw(kioskUi);
    CHECK(screen.atlasBytes() > 0);
    CHECK(screen.atlasBytes() <= kMaxAtlasBytes);
    CHECK(missingGlyphs(content, kioskUi.context().fonts).empty());
    // Nothing else: a glyph the content never shows is not in the texture.
    CHECK_FALSE(kioskUi.context().fonts.body->FindGlyphNoFallback(0x21D4));  // ⇔

    kiosk.textSize = core::TextSize::Large;
    screen.draw(kioskUi);
    CHECK(screen.atlasBytes() <= kMaxAtlasBytes);
    CHECK(missingGlyphs(content, kioskUi.context().fonts).empty());
}

TEST_CASE("a reloaded content with a new character gets its glyph") {
    core::Content first = testing::shippedContent();
    core::Content second = first;
    second.questions[0].text.byLanguage[0] += " \u0175";  // ŵ, in the drawable ranges, not in the shipped text
    REQUIRE(core::fontCharacters(first).find(U'\u0175') == std::u32string::npos);
    Screen screen;
    core::Kiosk kiosk(first);
    ui::KioskUi kioskUi(kiosk, true, 0);
    screen.draw(kioskUi);
    CHECK_FALSE(kioskUi.context().fonts.body->FindGlyphNoFallback(0x0175));
    kiosk.content = &second;  // as the team panel's reload does
    screen.draw(kioskUi);
    CHECK(kioskUi.context().fonts.body->FindGlyphNoFallback(0x0175));
    CHECK(missingGlyphs(second, kioskUi.context().fonts).empty());
}

namespace {

// How SDL 2.26's software renderer turns a glyph quad's texture coordinates into the
// source rectangle's rows (SDL_render.c, SDL_SW_RenderGeometryRaw): first and count, with
// `v1 * size - first` rounded twice (x86-64) or fused into one rounding (aarch64 gcc).
struct Rows { int first, count; };
Rows rowsSeparately(float v0, float v1, int size) {
    volatile float end = v1 * static_cast<float>(size);  // volatile: no fusing here
    const int first = static_cast<int>(v0 * static_cast<float>(size));
    return {first, static_cast<int>(end - static_cast<float>(first))};
}
Rows rowsFused(float v0, float v1, int size) {
    const int first = static_cast<int>(v0 * static_cast<float>(size));
    return {first, static_cast<int>(std::fma(v1, static_cast<float>(size), -static_cast<float>(first)))};
}

} // namespace

// The arm64 screens' cut glyph rows (issue 28): with an atlas height that is not a power of
// two, 12% of glyphs (amd64) and 45% (aarch64, fused) came out a row short.
TEST_CASE("every glyph's texture rectangle is its bitmap, with or without fused multiply-add") {
    const core::Content& content = testing::shippedContent();
    Screen screen;
    core::Kiosk kiosk(content);
    ui::KioskUi kioskUi(kiosk, true, 0);
    for (auto textSize : {core::TextSize::Normal, core::TextSize::Large}) {
        kiosk.textSize = textSize;
        screen.draw(kioskUi);
        const int width = screen.renderer->atlasWidth(), height = screen.renderer->atlasHeight();
        long glyphs = 0;
        for (ImFont* font : ImGui::GetIO().Fonts->Fonts) {
            for (const ImFontGlyph& g : font->Glyphs) {
                if (g.X1 <= g.X0) continue;  // a space: nothing drawn
                CAPTURE(g.Codepoint);
                // One texel per pixel (no oversampling): the bitmap is as large as the quad.
                const int tall = static_cast<int>(std::lround(g.Y1 - g.Y0)), wide = static_cast<int>(std::lround(g.X1 - g.X0));
                for (Rows r : {rowsSeparately(g.V0, g.V1, height), rowsFused(g.V0, g.V1, height)}) CHECK(r.count == tall);
                for (Rows r : {rowsSeparately(g.U0, g.U1, width), rowsFused(g.U0, g.U1, width)}) CHECK(r.count == wide);
                ++glyphs;
            }
        }
        CHECK(glyphs > 100);
    }
}
