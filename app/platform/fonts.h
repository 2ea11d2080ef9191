// Finds the kiosk's fonts through fontconfig, reads them once at start-up, and builds
// the ImGui font atlas with FreeType at the sizes the current metrics ask for.
#pragma once
#include <string>
#include <vector>

#include "core/glyph_coverage.h"
#include "ui/theme.h"
#include "ui/ui_context.h"

namespace platform {

struct FontFiles {
    std::string regularPath, boldPath;
    std::vector<unsigned char> regular, bold;
};

// Empty `regular` when no usable font was found; `error` then says why.
FontFiles findFonts(std::string& error);

// The glyph ranges for `characters` (core/font_characters.h) that the kiosk can draw
// (hasGlyph), as ImGui takes them: pairs of first and last, then 0.
std::vector<unsigned short> atlasRanges(const std::u32string& characters);

// Rebuilds io.Fonts for `metrics` with the glyphs of `ranges` (call outside a frame;
// `ranges` must outlive the atlas). The renderer's font texture must be recreated afterwards.
ui::FontSet buildFontAtlas(FontFiles& files, const ui::Metrics& metrics, const std::vector<unsigned short>& ranges);

// The glyph ranges the kiosk can draw (the atlas holds those of them the content uses): Latin, Latin-1, Latin Extended-A, general punctuation, arrows
// and the minus sign, which cover French typography (« » ’ — … and accented capitals).
const unsigned short* glyphRanges();
// True when `codepoint` is in glyphRanges() (anything else would draw as "?").
bool hasGlyph(unsigned codepoint);
// What the kiosk can draw: in glyphRanges() and in both fonts findFonts() picks, for
// `repere check` (core/glyph_coverage.h).
core::GlyphCoverage kioskGlyphCoverage();

} // namespace platform
