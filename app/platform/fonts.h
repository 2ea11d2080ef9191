// Builds the ImGui font atlas with FreeType, from the font files io/font_files.h found,
// at the sizes the current metrics ask for.
#pragma once
#include <string>
#include <vector>

#include "io/machine/font_files.h"
#include "ui/theme.h"
#include "ui/ui_context.h"

namespace platform {

using io::FontFiles;


// The glyph ranges for `characters` (core/font_characters.h) that the kiosk can draw
// (hasGlyph), as ImGui takes them: pairs of first and last, then 0.
std::vector<unsigned short> atlasRanges(const std::u32string& characters);

// Rebuilds io.Fonts for `metrics` with the glyphs of `ranges` (call outside a frame;
// `ranges` must outlive the atlas). The renderer's font texture must be recreated afterwards.
ui::FontSet buildFontAtlas(io::FontFiles& files, const ui::Metrics& metrics, const std::vector<unsigned short>& ranges);


} // namespace platform
