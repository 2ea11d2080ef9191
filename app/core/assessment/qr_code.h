// QR matrices for the take-away (libqrencode). The view only draws the squares.
#pragma once
#include <string>
#include <vector>

namespace core {

struct QrMatrix {
    int size = 0;                  // modules per side, without the quiet zone
    int version = 0;               // 1..40
    std::vector<unsigned char> dark;  // size*size, row-major, 1 = dark module

    bool empty() const { return size == 0; }
    bool at(int x, int y) const { return dark[static_cast<size_t>(y * size + x)] != 0; }
};

// Modules of light margin a reader needs around the code (ISO/IEC 18004).
constexpr int kQrQuietZone = 4;

// Error correction: the share of the code's words that can be misread and still
// recovered (L 7 %, M 15 %, Q 25 %, H 30 %). More correction means more modules for the
// same text, so smaller modules on the same screen.
enum class QrLevel { L, M, Q, H };

// Encodes UTF-8 text as bytes at the given error-correction level, in the smallest
// version that holds it. Empty matrix on failure (the text fits no version).
QrMatrix encodeQr(const std::string& text, QrLevel level = QrLevel::M);

} // namespace core
