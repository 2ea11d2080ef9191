// Readability: contrast of the dark theme, and touch target sizes.
#include <doctest/doctest.h>

#include "ui/theme.h"

TEST_CASE("body text contrast is at least 7:1 wherever text is drawn") {
    const ui::Palette& p = ui::palette();
    CHECK(ui::contrastRatio(p.text, p.background) >= 7.0);
    CHECK(ui::contrastRatio(p.textMuted, p.background) >= 7.0);
    CHECK(ui::contrastRatio(p.text, p.surface) >= 7.0);
    CHECK(ui::contrastRatio(p.textMuted, p.surface) >= 7.0);
    CHECK(ui::contrastRatio(p.text, p.surfacePressed) >= 7.0);
    CHECK(ui::contrastRatio(p.primaryText, p.primary) >= 7.0);
    CHECK(ui::contrastRatio(p.text, p.selected) >= 7.0);
    CHECK(ui::contrastRatio(p.text, p.exit) >= 7.0);
    CHECK(ui::contrastRatio(p.text, p.crisisSurface) >= 7.0);
    CHECK(ui::contrastRatio(p.crisis, p.crisisSurface) >= 7.0);
    CHECK(ui::contrastRatio(p.primary, p.surface) >= 7.0);  // next steps on cards
    CHECK(ui::contrastRatio(p.demo, p.background) >= 7.0);
    CHECK(ui::contrastRatio(IM_COL32_WHITE, IM_COL32_BLACK) == doctest::Approx(21.0));
}

TEST_CASE("touch targets: 15 mm at the real DPI, 10 % of 1080 px without one") {
    const ui::Metrics fallback = ui::computeMetrics(1920, 1080, 0, core::TextSize::Normal);
    CHECK(fallback.target == doctest::Approx(108));
    const ui::Metrics dense = ui::computeMetrics(1024, 600, 170, core::TextSize::Normal);  // 7" panel
    CHECK(dense.target >= 170 * 15 / 25.4f - 1);
    const ui::Metrics big = ui::computeMetrics(3840, 2160, 0, core::TextSize::Normal);
    CHECK(big.target == doctest::Approx(216));
    CHECK(big.bodySize == doctest::Approx(2 * fallback.bodySize));
}

TEST_CASE("large text is larger, targets stay put") {
    const ui::Metrics normal = ui::computeMetrics(1920, 1080, 0, core::TextSize::Normal);
    const ui::Metrics large = ui::computeMetrics(1920, 1080, 0, core::TextSize::Large);
    CHECK(large.bodySize > normal.bodySize * 1.2f);
    CHECK(large.target == normal.target);
}
