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

// Rebuilds io.Fonts for `metrics` (call outside a frame). The renderer's font texture
// must be recreated afterwards.
ui::FontSet buildFontAtlas(FontFiles& files, const ui::Metrics& metrics);

// The glyph ranges loaded: Latin, Latin-1, Latin Extended-A, general punctuation, arrows
// and the minus sign, which cover French typography (« » ’ — … and accented capitals).
const unsigned short* glyphRanges();
// True when `codepoint` is in glyphRanges() (anything else would draw as "?").
bool hasGlyph(unsigned codepoint);
// What the kiosk can draw: in glyphRanges() and in both fonts findFonts() picks, for
// `repere check` (core/glyph_coverage.h).
core::GlyphCoverage kioskGlyphCoverage();

} // namespace platform
