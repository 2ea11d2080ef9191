// The Raspberry Pi's official touch displays are first-class sizes: 800×480 (the 7-inch
// display, landscape) and 720×1280 (Touch Display 2, portrait). Every screen `repere shoot`
// renders, in every language and both text sizes, at the top and scrolled to the bottom:
// nothing drawn beyond the window's sides, no two touch widgets overlapping, every label
// fits its box, and every fully visible widget at least 7 mm in both directions.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "platform/headless_kiosk.h"
#include "platform/shoot.h"
#include "ui/kiosk_view.h"
#include "support/content_fixture.h"

namespace {

struct Display {
    int width, height;
    // 7 mm in pixels on that display, rounded up. The 7-inch display shows 800 px across
    // 154.08 mm: 5.19 px/mm, 7 mm = 36.4 px. Touch Display 2 shows 1280 px along about
    // 155 mm: 8.26 px/mm, 7 mm = 57.8 px.
    float sevenMm;
};

constexpr Display kDisplays[] = {{800, 480, 37.f}, {720, 1280, 58.f}};

bool overlap(const ui::RegisteredWidget& a, const ui::RegisteredWidget& b) {
    // Shared edges are not an overlap: a tap lands in one or the other.
    return a.min.x < b.max.x - 0.5f && b.min.x < a.max.x - 0.5f && a.min.y < b.max.y - 0.5f && b.min.y < a.max.y - 0.5f;
}

bool whole(const ui::RegisteredWidget& w) {
    return std::abs(w.min.x - w.drawnMin.x) < 0.5f && std::abs(w.min.y - w.drawnMin.y) < 0.5f &&
           std::abs(w.max.x - w.drawnMax.x) < 0.5f && std::abs(w.max.y - w.drawnMax.y) < 0.5f;
}

std::string box(const ui::RegisteredWidget& w) {
    char text[96];
    std::snprintf(text, sizeof text, " (%.0f,%.0f)-(%.0f,%.0f)", w.min.x, w.min.y, w.max.x, w.max.y);
    return w.id + text;
}

// What is wrong with the frame just drawn, one line each; empty when nothing is.
// `modal`: an overlay (the idle countdown) covers the screen and takes every tap, so the
// widgets beneath may lie under it (headless_kiosk_test: touching the countdown taps
// nothing below).
std::string problems(platform::HeadlessKiosk& h, const Display& d, bool modal) {
    std::string out;
    const auto& widgets = h.widgets().widgets();
    for (size_t i = 0; i < widgets.size(); ++i) {
        const ui::RegisteredWidget& w = widgets[i];
        if (!w.textFits) out += "  label does not fit: " + box(w) + "\n";
        // No horizontal scrolling anywhere: a widget past a side is out of reach.
        if (w.drawnMin.x < -0.5f || w.drawnMax.x > static_cast<float>(d.width) + 0.5f || w.max.y > static_cast<float>(d.height) + 0.5f) {
            out += "  past the window: " + box(w) + "\n";
        }
        if (w.tappable && whole(w) && (w.max.x - w.min.x < d.sevenMm || w.max.y - w.min.y < d.sevenMm)) out += "  under 7 mm: " + box(w) + "\n";
        for (size_t j = i + 1; j < widgets.size() && !modal; ++j) {
            if (overlap(w, widgets[j])) out += "  overlap: " + box(w) + " and " + box(widgets[j]) + "\n";
        }
    }
    return out;
}

} // namespace

TEST_CASE("the Raspberry Pi touch displays: every screen fits, nothing overlaps, targets of 7 mm") {
    const core::Content& c = testing::shippedContent();
    const std::vector<platform::Shot> shots = platform::allShots(c);
    for (const Display& d : kDisplays) {
        for (bool large : {false, true}) {
            for (core::LanguageIndex lang = 0; lang < static_cast<int>(c.languages.size()); ++lang) {
                platform::HeadlessKiosk h(c, {}, d.width, d.height);
                REQUIRE(h.ok());
                for (const platform::Shot& shot : shots) {
                    const std::string where = std::to_string(d.width) + "x" + std::to_string(d.height) +
                                              (large ? " large " : " ") + c.languages[static_cast<size_t>(lang)].id + " " + shot.id;
                    h.reset();
                    if (large) h.act(core::action::ToggleTextSize{});
                    h.act(core::action::SetLanguage{lang});
                    shot.setup(h);
                    h.frame(false);
                    h.frame(false);
                    const bool modal = shot.id == "idle-countdown";
                    const std::string top = problems(h, d, modal);
                    CHECK_MESSAGE(top.empty(), where << ":\n" << top);
                    // Scrolled to the end (the content area clamps it): what was below.
                    h.kioskUi().context().scrollY = 1e6f;
                    h.frame(false);
                    const std::string bottom = problems(h, d, modal);
                    CHECK_MESSAGE(bottom.empty(), where << ", scrolled to the end:\n" << bottom);
                }
            }
        }
    }
}
