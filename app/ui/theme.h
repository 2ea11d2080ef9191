// The look: dark, high-contrast colours for dark venues, and sizes derived from the
// window and the display's real DPI so touch targets stay at least 15 mm high.
#pragma once
#include <imgui/imgui.h>

#include "core/model/text_size.h"

namespace ui {

struct Palette {
    ImU32 background = IM_COL32(0x10, 0x14, 0x18, 0xFF);
    ImU32 text = IM_COL32(0xF4, 0xF4, 0xF4, 0xFF);        // on background: ~17:1
    ImU32 textMuted = IM_COL32(0xC9, 0xCE, 0xD4, 0xFF);   // on background: ~11:1
    ImU32 surface = IM_COL32(0x25, 0x2D, 0x36, 0xFF);     // buttons, tiles, cards
    ImU32 surfacePressed = IM_COL32(0x3A, 0x46, 0x52, 0xFF);
    ImU32 border = IM_COL32(0x5A, 0x67, 0x74, 0xFF);
    ImU32 primary = IM_COL32(0xF2, 0xC1, 0x4E, 0xFF);     // main action, dark text on it
    ImU32 primaryText = IM_COL32(0x10, 0x14, 0x18, 0xFF);
    ImU32 selected = IM_COL32(0x24, 0x50, 0x7A, 0xFF);    // an answer given earlier: ~7.6:1
    ImU32 exit = IM_COL32(0x9A, 0x1C, 0x16, 0xFF);        // quick exit, white text: ~8:1
    ImU32 crisis = IM_COL32(0xFF, 0x8A, 0x7A, 0xFF);      // crisis banner border and title
    ImU32 crisisSurface = IM_COL32(0x3D, 0x14, 0x12, 0xFF);
    ImU32 levelLow = IM_COL32(0x5B, 0xC1, 0x7F, 0xFF);
    ImU32 levelModerate = IM_COL32(0xF2, 0xC1, 0x4E, 0xFF);
    ImU32 levelHigh = IM_COL32(0xFF, 0x6B, 0x5B, 0xFF);
    ImU32 levelNone = IM_COL32(0x9A, 0xA4, 0xAE, 0xFF);
    ImU32 demo = IM_COL32(0xB4, 0x8C, 0xF0, 0xFF);
};

const Palette& palette();

// WCAG 2 contrast ratio between two opaque colours (1..21).
double contrastRatio(ImU32 a, ImU32 b);

struct Metrics {
    float unit = 1;           // scale relative to a 1080 px high screen
    float target = 108;       // minimum touch target height, px
    float gap = 16;           // space between targets, px
    float margin = 32;        // screen edge margin, px
    float bodySize = 38;      // font pixel sizes
    float titleSize = 60;
    float smallSize = 28;
    float rounding = 14;
};

// `dpi` <= 0 when unknown (headless): falls back to 10 % of a 1080 px height.
Metrics computeMetrics(float width, float height, float dpi, core::TextSize textSize);

} // namespace ui
