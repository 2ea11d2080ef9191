// The take-away code is drawn as large as its place on the screen allows
// (ui/screens/take_away_screen.cpp): a person standing back, or a phone reading a smaller
// frame, shrinks every module in the photo, and below about 4.5 photo pixels they blur
// together (docs/take-away-code.md). Measured off the rendered picture.
#include <doctest/doctest.h>

#include <cstring>

#include "core/assessment/take_away.h"
#include "core/kiosk/kiosk.h"
#include "platform/headless_kiosk.h"
#include "support/content_fixture.h"

namespace {

// Pixels a module of the code on the picture: from the top-left corner of its white
// square (the first row with a long run of pure white) along the diagonal to the first
// dark pixel, which is the finder pattern's corner, 4 modules of quiet zone in.
int modulePixels(const io::RgbaImage& image) {
    const auto at = [&](int x, int y) { return image.pixels + y * image.pitch + x * 4; };
    const auto white = [&](int x, int y) { return std::memcmp(at(x, y), "\xff\xff\xff", 3) == 0; };
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0, run = 0; x < image.width; ++x) {
            run = white(x, y) ? run + 1 : 0;
            if (run < 60) continue;
            const int left = x - run + 1;
            for (int d = 0; left + d < image.width && y + d < image.height; ++d) {
                if (at(left + d, y + d)[0] < 128) return d / core::kQrQuietZone;
            }
            return 0;
        }
    }
    return 0;
}

} // namespace

TEST_CASE("take-away code as large as its place allows: in the top bar's free part or below it, whichever is larger; the width in portrait") {
    const core::Content& c = testing::shippedContent();
    int profile = -1;
    for (size_t p = 0; p < c.profiles.size(); ++p) {
        if (c.profiles[p].id == "threatened-after-arrest") profile = static_cast<int>(p);
    }
    REQUIRE(profile >= 0);
    struct Case { int width, height, module; };
    // Version 11 (69 modules with the quiet zone). 1024x700, a laptop's window, gets
    // more from the room below the bar (483 px) than from the bar's free part (414 px).
    for (const Case& want : {Case{1024, 600, 7}, Case{1024, 700, 7}, Case{1920, 1080, 13}, Case{720, 1280, 9}, Case{800, 480, 5}}) {
        CAPTURE(want.width);
        CAPTURE(want.height);
        platform::HeadlessKiosk h(c, {}, want.width, want.height);
        REQUIRE(h.ok());
        h.act(core::action::ShowProfile{profile});
        h.act(core::action::ShowServices{});
        h.act(core::action::ShowTakeAway{});
        REQUIRE(h.kiosk().person.takeAway->qr.version == 11);
        h.frame();
        CHECK(modulePixels(h.image()) == want.module);
    }
}
