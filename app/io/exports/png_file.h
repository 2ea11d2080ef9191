// Writes an opaque screen as an RGB PNG file through libpng, at the fastest settings
// (zlib level 1, no row filter): screenshots are written by the hundred and read by
// people, not shipped.
#pragma once
#include <cstdint>
#include <string>

namespace io {

struct RgbaImage {
    const uint8_t* pixels = nullptr;  // R, G, B, A bytes, row after row; A is not written
    int width = 0, height = 0;
    int pitch = 0;                    // bytes from one row to the next
};

// False with `error` set (the file may then be partly written).
bool writePng(const std::string& path, const RgbaImage& image, std::string& error);

} // namespace io
