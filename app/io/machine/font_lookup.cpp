// fontconfig lookup of the kiosk's fonts and what they can draw (Linux).
#include "io/machine/font_files.h"

#include <fontconfig/fontconfig.h>

#include <memory>

namespace io {

using namespace core;  // io works on the core's types
namespace {

// `charset`, when given, receives a copy of the matched font's characters (caller destroys).
std::string match(FcConfig* config, const char* pattern, FcCharSet** charsetOut = nullptr) {
    if (!config) return {};
    std::string path;
    FcPattern* pat = FcNameParse(reinterpret_cast<const FcChar8*>(pattern));
    FcConfigSubstitute(config, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult result = FcResultNoMatch;
    if (FcPattern* font = FcFontMatch(config, pat, &result)) {
        FcChar8* file = nullptr;
        FcCharSet* charset = nullptr;
        // The font must hold the French typographic characters, or it is no use.
        const bool hasGlyphs = FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) == FcResultMatch &&
                               FcCharSetHasChar(charset, 0x2019) && FcCharSetHasChar(charset, 0x00AB) &&
                               FcCharSetHasChar(charset, 0x2026) && FcCharSetHasChar(charset, 0x0152);
        if (hasGlyphs && FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch) {
            path = reinterpret_cast<char*>(file);
            if (charsetOut) *charsetOut = FcCharSetCopy(charset);
        }
        FcPatternDestroy(font);
    }
    FcPatternDestroy(pat);
    return path;
}

} // namespace

core::GlyphCoverage kioskGlyphCoverage() {
    // The same search as findFonts: the first family that matches, regular and bold.
    const std::unique_ptr<FcConfig, void (*)(FcConfig*)> config(FcInitLoadConfigAndFonts(), FcConfigDestroy);
    for (const char* family : {"DejaVu Sans", "Noto Sans", "sans-serif"}) {
        FcCharSet* regular = nullptr;
        if (match(config.get(), family, &regular).empty()) continue;
        FcCharSet* bold = nullptr;
        if (match(config.get(), (std::string(family) + ":bold").c_str(), &bold).empty()) bold = FcCharSetCopy(regular);
        const auto destroy = [](FcCharSet* set) { if (set) FcCharSetDestroy(set); };
        std::shared_ptr<FcCharSet> r(regular, destroy), b(bold, destroy);
        return [r, b](char32_t cp) {
            return cp == '\n' || (hasGlyph(cp) && FcCharSetHasChar(r.get(), cp) && FcCharSetHasChar(b.get(), cp));
        };
    }
    return [](char32_t cp) { return hasGlyph(cp); };
}

FontFiles findFonts(std::string& error) {
    FontFiles f;
    {
        // Loading fontconfig's configuration is most of a lookup's cost: once for all of them.
        const std::unique_ptr<FcConfig, void (*)(FcConfig*)> config(FcInitLoadConfigAndFonts(), FcConfigDestroy);
        for (const char* family : {"DejaVu Sans", "Noto Sans", "sans-serif"}) {
            f.regularPath = match(config.get(), family);
            if (!f.regularPath.empty()) {
                f.boldPath = match(config.get(), (std::string(family) + ":bold").c_str());
                break;
            }
        }
    }
    if (f.regularPath.empty()) {
        error = "no font with French characters found through fontconfig (install fonts-dejavu-core)";
        return f;
    }
    if (f.boldPath.empty()) f.boldPath = f.regularPath;
    f.regular = readFontFile(f.regularPath);
    f.bold = readFontFile(f.boldPath);
    if (f.regular.empty() || f.bold.empty()) {
        error = "cannot read font file " + f.regularPath;
        f.regular.clear();
    }
    return f;
}

} // namespace io
