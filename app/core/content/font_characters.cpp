// Collects the atlas's characters from the content and the program's own texts.
#include "core/content/font_characters.h"

#include <set>

#include "core/team/event_label.h"
#include "core/content/glyph_coverage.h"

namespace core {

std::u32string fontCharacters(const Content& content) {
    std::set<char32_t> set;
    for (char32_t cp = 0x20; cp < 0x7F; ++cp) set.insert(cp);
    // Most text is ASCII, always in: only the rest goes through the set.
    const auto add = [&](const std::string& utf8) {
        for (size_t i = 0; i < utf8.size(); ++i) {
            if (static_cast<unsigned char>(utf8[i]) < 0x80) continue;
            for (char32_t cp : codepoints(utf8.substr(i))) if (cp >= 0x80) set.insert(cp);
            return;
        }
    };
    forEachVisibleText(content, [&](const std::string& text, const SourcePlace&, const std::string&, const std::string&) { add(text); });
    for (bool small : {false, true}) {
        for (const auto& row : eventLabelKeyRows(small)) for (const std::string& key : row) add(key);
    }
    // Separators and marks the views and core texts write around content (advice title
    // "domain — level", take-away "hours – open now", tiles "·", panel "→" and "− 30 s").
    for (char32_t cp : std::u32string(U"\u00A0\u00AB\u00B7\u00BB\u2013\u2014\u2019\u2026\u202F\u2192\u2212")) set.insert(cp);
    std::u32string out;
    for (char32_t cp : set) if (!(cp >= 0x7F && cp < 0xA0)) out += cp;
    return out;
}

} // namespace core
