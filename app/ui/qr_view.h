// Draws a QR matrix built in core as white and black squares: whole pixels per module
// (a module split across pixels blurs into its neighbours on the photo), with its quiet
// zone. Encodes nothing itself.
#pragma once
#include <imgui/imgui.h>

#include "core/assessment/qr_code.h"

namespace ui {

// Modules a side with the quiet zone.
int qrModules(const core::QrMatrix& qr);
// Pixels per module for `qr` in a square of at most `side` px (at least 1).
float qrModulePixels(const core::QrMatrix& qr, float side);
// The side drawQr takes for `qr` in a square of at most `side` px.
float qrDrawnSide(const core::QrMatrix& qr, float side);

// Draws `qr` with its quiet zone in a square of at most `side` px; returns the side used.
float drawQr(ImDrawList* draw, ImVec2 at, const core::QrMatrix& qr, float side);

} // namespace ui
