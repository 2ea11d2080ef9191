// Colours and size rules.
#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace ui {

const Palette& palette() {
    static const Palette p;
    return p;
}

namespace {
double channel(unsigned value) {
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(ImU32 c) {
    return 0.2126 * channel((c >> IM_COL32_R_SHIFT) & 0xFF) + 0.7152 * channel((c >> IM_COL32_G_SHIFT) & 0xFF) +
           0.0722 * channel((c >> IM_COL32_B_SHIFT) & 0xFF);
}
} // namespace

double contrastRatio(ImU32 a, ImU32 b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Metrics computeMetrics(float width, float height, float dpi, core::TextSize textSize) {
    Metrics m;
    // Narrow windows scale by width so lines still fit. A portrait screen has the height to
    // spare for lines that wrap once more: it is laid out for a 960-wide design, not a
    // 1280-wide one (at 720x1280 the type was so small that 60% of the screen stayed empty).
    const float designWidth = height > width ? 960.f : 1280.f;
    m.unit = std::clamp(std::min(height / 1080.f, width / designWidth), 0.45f, 4.f);
    const float fallback = 108.f * m.unit;
    const float fifteenMm = dpi > 0 ? dpi * 15.f / 25.4f : 0.f;
    m.target = std::round(std::max(fallback, fifteenMm));
    const float text = textSize == core::TextSize::Large ? 1.3f : 1.f;
    m.bodySize = std::round(36.f * m.unit * text);
    m.titleSize = std::round(54.f * m.unit * text);
    m.smallSize = std::round(28.f * m.unit * text);
    m.gap = std::round(18.f * m.unit);
    m.margin = std::round(36.f * m.unit);
    m.rounding = std::round(14.f * m.unit);
    return m;
}

} // namespace ui
