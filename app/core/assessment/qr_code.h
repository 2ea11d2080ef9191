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

// Encodes UTF-8 text as bytes at error-correction level M. Empty matrix on failure.
QrMatrix encodeQr(const std::string& text);

} // namespace core
