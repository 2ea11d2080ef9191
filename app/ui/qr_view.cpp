// See qr_view.h.
#include "ui/qr_view.h"

#include <algorithm>
#include <cmath>

namespace ui {

int qrModules(const core::QrMatrix& qr) { return qr.size + 2 * core::kQrQuietZone; }

float qrModulePixels(const core::QrMatrix& qr, float side) {
    return std::max(1.f, std::floor(side / static_cast<float>(qrModules(qr))));
}

float qrDrawnSide(const core::QrMatrix& qr, float side) { return qrModulePixels(qr, side) * static_cast<float>(qrModules(qr)); }

// A phone held at arm's length frames the whole screen, which then spans about half the
// width of its camera frame (4:3, turned with the screen; a decoder works on about 1600 px
// along its long side). In the photo simulation (bench/takeaway_photos.py, 10-15 degrees
// off axis, blur, moiré, noise), modules of about kPhotoModule photo pixels read best:
// smaller ones blur into their neighbours, larger ones hold long flat runs where noise
// and the screen's moiré cut spurious edges into the finder patterns (figures in
// docs/take-away-code.md). So the module size follows the screen's width, not the room.
constexpr float kPhotoModule = 5.3f;

float readableModulePixels(ImVec2 screen) {
    const float frameWidth = screen.x >= screen.y ? 1600.f : 1200.f;
    const float photoPerScreenPixel = frameWidth / 2 / screen.x;
    return std::max(1.f, std::round(kPhotoModule / photoPerScreenPixel));
}

float drawQr(ImDrawList* draw, ImVec2 at, const core::QrMatrix& qr, float side) {
    const float px = qrModulePixels(qr, side);
    const float total = qrDrawnSide(qr, side);
    at = {std::floor(at.x), std::floor(at.y)};
    draw->AddRectFilled(at, {at.x + total, at.y + total}, IM_COL32_WHITE);
    const float origin = px * core::kQrQuietZone;
    for (int y = 0; y < qr.size; ++y) {
        for (int x = 0; x < qr.size; ++x) {
            if (!qr.at(x, y)) continue;
            const ImVec2 a{at.x + origin + px * static_cast<float>(x), at.y + origin + px * static_cast<float>(y)};
            draw->AddRectFilled(a, {a.x + px, a.y + px}, IM_COL32_BLACK);
        }
    }
    return total;
}

} // namespace ui
