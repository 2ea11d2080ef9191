// Compares a screenshot of the real kiosk session (grim under cage) with the image
// `repere shoot` renders for the same screen and size. Both go through the same layout
// and the same software rasteriser, so they should agree almost pixel for pixel; what
// may differ is a pointer drawn by the compositor and the odd anti-aliased edge.
// The image is cut into a 4×4 grid and every cell must agree, so a missing part of the
// screen (a Start button cut off, a layout made for another size) fails even when it
// is a small share of the whole.
// Usage: screen_compare GOT.png WANT.png   (exit 0: same screen; 1: different; 2: unreadable)
// With --exact (the arm64 build's screens against the amd64 build's: the same code and the
// same software rasteriser, so no tolerance): every pixel must be equal; prints how many
// differ and where.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>

#include <stb/stb_image.h>

namespace {

constexpr int kGrid = 4;
// A pixel differs when a channel is off by more than this (rounding, gamma, dithering).
constexpr int kChannelTolerance = 24;
// How far (pixels) a matching colour may be in the other image: outlines and glyph edges
// drawn by the two rasterisers land up to two pixels apart.
constexpr int kReach = 2;
// Share of a cell's pixels allowed to differ: room for a pointer and for thin outlines
// the two rasterisers draw in different shades (measured: up to 2.4% of a cell), far
// below a missing Start button (about a third of its cell) or a layout for another size.
constexpr double kCellTolerance = 0.05;

struct Image {
    int width = 0, height = 0;
    std::unique_ptr<unsigned char, void (*)(void*)> pixels{nullptr, stbi_image_free};
};

bool load(const char* path, Image& image) {
    int channels = 0;
    image.pixels.reset(stbi_load(path, &image.width, &image.height, &channels, 3));
    if (!image.pixels) std::fprintf(stderr, "screen_compare: cannot read %s: %s\n", path, stbi_failure_reason());
    return image.pixels != nullptr;
}

bool close(const unsigned char* a, const unsigned char* b) {
    for (int c = 0; c < 3; ++c) {
        if (std::abs(static_cast<int>(a[c]) - static_cast<int>(b[c])) > kChannelTolerance) return false;
    }
    return true;
}

// Whether `got`'s pixel at x,y has no close colour in `want` within kReach pixels.
bool differs(const Image& got, const Image& want, int x, int y) {
    const unsigned char* p = got.pixels.get() + (static_cast<long>(y) * got.width + x) * 3;
    for (int dy = -kReach; dy <= kReach; ++dy) {
        for (int dx = -kReach; dx <= kReach; ++dx) {
            const int wx = x + dx, wy = y + dy;
            if (wx < 0 || wy < 0 || wx >= want.width || wy >= want.height) continue;
            if (close(p, want.pixels.get() + (static_cast<long>(wy) * want.width + wx) * 3)) return false;
        }
    }
    return true;
}

// Pixel for pixel: 0 when equal, 1 (with the count and the box of the differences) when not.
int compareExactly(const Image& got, const Image& want) {
    long off = 0;
    int x0 = got.width, y0 = got.height, x1 = -1, y1 = -1, most = 0;
    for (int y = 0; y < got.height; ++y) {
        for (int x = 0; x < got.width; ++x) {
            const long at = (static_cast<long>(y) * got.width + x) * 3;
            if (std::equal(got.pixels.get() + at, got.pixels.get() + at + 3, want.pixels.get() + at)) continue;
            ++off;
            for (int c = 0; c < 3; ++c) most = std::max(most, std::abs(got.pixels.get()[at + c] - want.pixels.get()[at + c]));
            x0 = std::min(x0, x); y0 = std::min(y0, y); x1 = std::max(x1, x); y1 = std::max(y1, y);
        }
    }
    if (off == 0) { std::printf("identical\n"); return 0; }
    std::printf("different: %ld pixels differ, by at most %d in a channel, within x %d-%d, y %d-%d\n", off, most, x0, x1, y0, y1);
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    const bool exact = argc == 4 && std::string_view(argv[1]) == "--exact";
    if (argc != 3 && !exact) {
        std::fprintf(stderr, "usage: screen_compare [--exact] GOT.png WANT.png\n");
        return 2;
    }
    Image got, want;
    if (!load(argv[argc - 2], got) || !load(argv[argc - 1], want)) return 2;
    if (got.width != want.width || got.height != want.height) {
        std::printf("size differs: %dx%d against %dx%d\n", got.width, got.height, want.width, want.height);
        return 1;
    }
    if (exact) return compareExactly(got, want);
    bool same = true;
    double worst = 0;
    for (int gy = 0; gy < kGrid; ++gy) {
        for (int gx = 0; gx < kGrid; ++gx) {
            const int x0 = got.width * gx / kGrid, x1 = got.width * (gx + 1) / kGrid;
            const int y0 = got.height * gy / kGrid, y1 = got.height * (gy + 1) / kGrid;
            long off = 0;
            for (int y = y0; y < y1; ++y) {
                for (int x = x0; x < x1; ++x) {
                    off += differs(got, want, x, y) || differs(want, got, x, y);
                }
            }
            const double share = static_cast<double>(off) / ((x1 - x0) * (y1 - y0));
            if (share > worst) worst = share;
            if (share > kCellTolerance) {
                std::printf("cell %d,%d (x %d-%d, y %d-%d): %.1f%% of pixels differ\n", gx, gy, x0, x1, y0, y1,
                            share * 100);
                same = false;
            }
        }
    }
    std::printf("%s: worst cell %.2f%% of pixels differ (allowed %.0f%%)\n", same ? "same screen" : "different",
                worst * 100, kCellTolerance * 100);
    return same ? 0 : 1;
}
