// The kiosk's fonts on Windows: DejaVu Sans, regular and bold, from the fonts folder the
// zip puts beside repere.exe (Windows has no fontconfig, and its own fonts differ from
// machine to machine). What they can draw is read from their character maps by FreeType,
// which is also what fontconfig reads on Linux.
#include "io/machine/font_files.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <memory>

#include "io/machine/program_places.h"

namespace io {

using namespace core;  // io works on the core's types
namespace {

const char* const kRegular = "DejaVuSans.ttf";
const char* const kBold = "DejaVuSans-Bold.ttf";

std::filesystem::path fontFolder() { return programFile(nullptr).parent_path() / "fonts"; }

// A face over its own copy of the bytes (FreeType reads them for as long as the face lives).
struct Face {
    std::vector<unsigned char> bytes;
    FT_Library library = nullptr;
    FT_Face face = nullptr;
    ~Face() {
        if (face) FT_Done_Face(face);
        if (library) FT_Done_FreeType(library);
    }
    bool has(char32_t cp) const { return face && FT_Get_Char_Index(face, cp) != 0; }
};

std::shared_ptr<Face> openFace(const std::filesystem::path& path) {
    auto f = std::make_shared<Face>();
    f->bytes = readFontFile(path.u8string());
    if (f->bytes.empty() || FT_Init_FreeType(&f->library) != 0 ||
        FT_New_Memory_Face(f->library, f->bytes.data(), static_cast<FT_Long>(f->bytes.size()), 0, &f->face) != 0) {
        return nullptr;
    }
    return f;
}

} // namespace

core::GlyphCoverage kioskGlyphCoverage() {
    std::shared_ptr<Face> regular = openFace(fontFolder() / kRegular), bold = openFace(fontFolder() / kBold);
    if (!regular) return [](char32_t cp) { return hasGlyph(cp); };
    if (!bold) bold = regular;
    return [regular, bold](char32_t cp) { return cp == '\n' || (hasGlyph(cp) && regular->has(cp) && bold->has(cp)); };
}

FontFiles findFonts(std::string& error) {
    FontFiles f;
    f.regularPath = (fontFolder() / kRegular).u8string();
    f.boldPath = (fontFolder() / kBold).u8string();
    f.regular = readFontFile(f.regularPath);
    f.bold = readFontFile(f.boldPath);
    if (f.bold.empty()) { f.bold = f.regular; f.boldPath = f.regularPath; }
    if (f.regular.empty()) {
        error = "cannot read font file " + f.regularPath + " (the fonts folder must stay beside repere.exe)";
        f.regular.clear();
    }
    return f;
}

} // namespace io
