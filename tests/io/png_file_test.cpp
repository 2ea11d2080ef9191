// The PNG writer keeps every pixel (an opaque screen: RGB, no alpha): a rendered screen, written through libpng and
// decoded again, equals the framebuffer and what stb's encoder (the one used before)
// wrote for the same frame; write failures come back as a message.
#include <doctest/doctest.h>

#include <filesystem>
#include <vector>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>

#include "platform/headless_kiosk.h"
#include "io/exports/png_file.h"
#include "support/content_fixture.h"
#include "support/scratch.h"

namespace {

// The image's pixels, row after row without padding.
std::vector<uint8_t> packed(const io::RgbaImage& image) {
    std::vector<uint8_t> out;
    for (int y = 0; y < image.height; ++y) {
        const uint8_t* row = image.pixels + static_cast<ptrdiff_t>(y) * image.pitch;
        out.insert(out.end(), row, row + image.width * 4);
    }
    return out;
}

std::vector<uint8_t> decoded(const std::string& path, int expectedWidth, int expectedHeight) {
    int w = 0, h = 0, channels = 0;
    stbi_uc* data = stbi_load(path.c_str(), &w, &h, &channels, 4);
    REQUIRE(data);
    CHECK(w == expectedWidth);
    CHECK(h == expectedHeight);
    std::vector<uint8_t> out(data, data + static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
    stbi_image_free(data);
    return out;
}

} // namespace

TEST_CASE("a rendered screen survives the PNG round trip, as with stb's encoder") {
    const std::string dir = testing::freshDir("png-file");
    std::filesystem::create_directories(dir);
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1280, 720);
    REQUIRE(h.ok());
    h.act(core::action::SetLanguage{0});
    h.act(core::action::Start{});
    h.frame(true);
    const io::RgbaImage image = h.image();
    REQUIRE(image.pixels);
    const std::vector<uint8_t> drawn = packed(image);
    // Not a blank frame: a blank one would pass a round trip trivially.
    CHECK(std::count(drawn.begin(), drawn.end(), drawn[0]) < static_cast<ptrdiff_t>(drawn.size() / 2));

    std::string error;
    REQUIRE(h.savePng(dir + "/libpng.png", error));
    REQUIRE(stbi_write_png((dir + "/stb.png").c_str(), image.width, image.height, 4, image.pixels, image.pitch));
    const std::vector<uint8_t> ours = decoded(dir + "/libpng.png", 1280, 720);
    CHECK(ours == drawn);
    CHECK(ours == decoded(dir + "/stb.png", 1280, 720));
    std::filesystem::remove_all(dir);
}

TEST_CASE("rows are read at the pitch given, padding left out") {
    const std::string dir = testing::freshDir("png-pitch");
    std::filesystem::create_directories(dir);
    // 3 × 2 pixels in rows of 16 bytes: 4 bytes of padding per row that must not show.
    // The alpha byte is not written: an opaque screen decodes with alpha 255.
    std::vector<uint8_t> buffer(32, 0xEE), expected;
    for (size_t row = 0; row < 2; ++row) {
        for (size_t i = 0; i < 12; ++i) {
            buffer[row * 16 + i] = static_cast<uint8_t>(row * 100 + i);
            expected.push_back(i % 4 == 3 ? 255 : static_cast<uint8_t>(row * 100 + i));
        }
    }
    std::string error;
    REQUIRE(io::writePng(dir + "/small.png", {buffer.data(), 3, 2, 16}, error));
    CHECK(decoded(dir + "/small.png", 3, 2) == expected);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a PNG that cannot be written says why") {
    std::vector<uint8_t> pixel(4, 0);
    std::string error;
    CHECK_FALSE(io::writePng("/nonexistent-dir/x.png", {pixel.data(), 1, 1, 4}, error));
    CHECK(error.find("/nonexistent-dir/x.png") != std::string::npos);
    error.clear();
    CHECK_FALSE(io::writePng("/dev/full", {pixel.data(), 1, 1, 4}, error));
    CHECK(error.find("cannot write /dev/full") != std::string::npos);
    error.clear();
    CHECK_FALSE(io::writePng("/tmp/never.png", {}, error));
    CHECK_FALSE(error.empty());
}
