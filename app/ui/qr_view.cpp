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
