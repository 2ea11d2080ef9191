// Filled shapes come out whole in SDL's software renderer at window sizes that put them on
// fractions of a pixel: no pinhole of background inside a button's rounded corner (its
// bands and corners meet on whole pixels, ui/widgets.cpp) or in the "not assessed" ring.
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "core/kiosk/kiosk.h"
#include "platform/headless_kiosk.h"
#include "support/content_fixture.h"

namespace {

// A pixel of the window's background between two pixels of one same other colour, left
// and right, with that colour at its four corners too: a hole in a filled shape (a column
// the renderer left out goes on for rows), not the edge of text or an outline.
int pinholes(const io::RgbaImage& image, std::string& where) {
    const auto at = [&](int x, int y) { return image.pixels + y * image.pitch + x * 4; };
    const uint8_t background[3] = {0x10, 0x14, 0x18};
    int count = 0;
    for (int y = 1; y + 1 < image.height; ++y) {
        for (int x = 1; x + 1 < image.width; ++x) {
            if (std::memcmp(at(x, y), background, 3) != 0) continue;
            const uint8_t* fill = at(x - 1, y);
            if (std::memcmp(fill, background, 3) == 0) continue;
            bool surrounded = std::memcmp(fill, at(x + 1, y), 3) == 0;
            for (int dy : {-1, 1}) {
                for (int dx : {-1, 1}) surrounded = surrounded && std::memcmp(fill, at(x + dx, y + dy), 3) == 0;
            }
            if (surrounded && count++ == 0) where = std::to_string(x) + "," + std::to_string(y);
        }
    }
    return count;
}

} // namespace

TEST_CASE("buttons and level rings have no pinholes at sizes that scale by fractions") {
    const core::Content& c = testing::shippedContent();
    for (const auto& [w, h] : {std::pair{1024, 700}, {1366, 768}, {800, 480}, {1280, 720}}) {
        CAPTURE(w);
        CAPTURE(h);
        platform::HeadlessKiosk kiosk(c, {}, w, h);
        REQUIRE(kiosk.ok());
        kiosk.frame();
        std::string where;
        CHECK_MESSAGE(pinholes(kiosk.image(), where) == 0, "welcome, first at ", where);
        // Every question skipped: the results show "not assessed" rings beside a main button.
        kiosk.act(core::action::Start{});
        kiosk.act(core::action::BeginQuestions{});
        for (int i = 0; i < 100 && kiosk.kiosk().screen == core::Screen::Question; ++i) kiosk.act(core::action::Skip{});
        REQUIRE(kiosk.kiosk().screen == core::Screen::Results);
        kiosk.frame();
        CHECK_MESSAGE(pinholes(kiosk.image(), where) == 0, "results, first at ", where);
    }
}
