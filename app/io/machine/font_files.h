// Finds the kiosk's fonts through fontconfig and reads them once at start-up; says which
// characters they can draw (for `repere check` and the atlas). No ImGui here: `repere
// check` needs this without a window.
#pragma once
#include <string>
#include <vector>

#include "core/content/glyph_coverage.h"

namespace io {

struct FontFiles {
    std::string regularPath, boldPath;
    std::vector<unsigned char> regular, bold;
};

// Empty `regular` when no usable font was found; `error` then says why. Linux: through
// fontconfig; Windows: DejaVu Sans from the fonts folder beside repere.exe.
FontFiles findFonts(std::string& error);

// A font file's bytes, in one read; empty when it cannot be read.
std::vector<unsigned char> readFontFile(const std::string& path);

// The glyph ranges the kiosk can draw (the atlas holds those of them the content uses): Latin, Latin-1, Latin Extended-A, general punctuation, arrows
// and the minus sign, which cover French typography (« » ’ — … and accented capitals).
const unsigned short* glyphRanges();
// True when `codepoint` is in glyphRanges() (anything else would draw as "?").
bool hasGlyph(unsigned codepoint);
// What the kiosk can draw: in glyphRanges() and in both fonts findFonts() picks, for
// `repere check` (core/glyph_coverage.h).
core::GlyphCoverage kioskGlyphCoverage();

} // namespace io
