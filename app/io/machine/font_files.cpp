// The kiosk's glyph ranges and the reading of a font file (where the fonts are found:
// font_lookup.cpp, fontconfig; windows/font_lookup.cpp, the bundle).
#include "io/machine/font_files.h"

#include <fstream>

namespace io {

// In one read (a byte-by-byte copy of the two fonts cost 5 ms of every start).
std::vector<unsigned char> readFontFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
    if (size <= 0) return {};
    std::vector<unsigned char> bytes(static_cast<size_t>(size));
    in.seekg(0);
    if (!in.read(reinterpret_cast<char*>(bytes.data()), size)) return {};
    return bytes;
}


const unsigned short* glyphRanges() {
    static const unsigned short ranges[] = {
        0x0020, 0x00FF,  // Basic Latin, Latin-1 (« » é à ç …)
        0x0100, 0x017F,  // Latin Extended-A (Œ œ and more)
        0x2000, 0x206F,  // General punctuation (’ — … and narrow no-break space)
        0x20AC, 0x20AC,  // €
        0x2190, 0x21FF,  // Arrows (→ on the team panel's buttons)
        0x2212, 0x2212,  // Minus sign
        0,
    };
    return ranges;
}

bool hasGlyph(unsigned codepoint) {
    for (const unsigned short* r = glyphRanges(); r[0]; r += 2) if (codepoint >= r[0] && codepoint <= r[1]) return true;
    return codepoint == '\n';
}

} // namespace io
