// Walks every visible text of the content and reports characters the fonts lack.
#include "core/content/glyph_coverage.h"

#include <cstdio>
#include <set>

namespace core {
namespace {

class Scan {
public:
    Scan(const GlyphCoverage& covered, std::vector<Diagnostic>& out) : covered_(covered), out_(out) {}

    void string(const std::string& s, const SourcePlace& place, const std::string& what, const std::string& language) {
        for (char32_t cp : codepoints(s)) {
            if (covered_(cp) || !seen_.insert(cp).second) continue;
            if (seen_.size() > kMaxMissingGlyphsListed) { ++unlisted_; continue; }
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
            report(out_, {place, Severity::Error,
                          "character '" + utf8(cp) + "' (" + code + ") in " + what + " (" + language +
                              ") has no glyph in the kiosk's fonts: it would show as '?'"});
        }
    }

    void finish(const std::string& directory) {
        if (unlisted_ == 0) return;
        report(out_, {{directory, 0, 0}, Severity::Error,
                      std::to_string(unlisted_) + " more characters have no glyph in the kiosk's fonts"});
    }

private:
    static std::string utf8(char32_t cp) {
        std::string s;
        if (cp < 0x80) s += static_cast<char>(cp);
        else if (cp < 0x800) { s += static_cast<char>(0xc0 | (cp >> 6)); s += static_cast<char>(0x80 | (cp & 0x3f)); }
        else if (cp < 0x10000) {
            s += static_cast<char>(0xe0 | (cp >> 12)); s += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            s += static_cast<char>(0x80 | (cp & 0x3f));
        } else {
            s += static_cast<char>(0xf0 | (cp >> 18)); s += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3f)); s += static_cast<char>(0x80 | (cp & 0x3f));
        }
        return s;
    }

    const GlyphCoverage& covered_;
    std::vector<Diagnostic>& out_;
    std::set<char32_t> seen_;
    size_t unlisted_ = 0;
};

} // namespace

std::vector<char32_t> codepoints(const std::string& s) {
    std::vector<char32_t> out;
    for (size_t i = 0; i < s.size();) {
        const auto lead = static_cast<unsigned char>(s[i]);
        const size_t length = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
        char32_t cp = length == 1 ? lead : lead & (0x7fu >> length);
        for (size_t k = 1; k < length && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3fu);
        out.push_back(cp);
        i += length;
    }
    return out;
}

void forEachVisibleText(const Content& c, const VisibleTextVisitor& visit) {
    const auto text = [&](const Text& t, const SourcePlace& place, const std::string& what) {
        for (size_t l = 0; l < t.byLanguage.size() && l < c.languages.size(); ++l) visit(t.byLanguage[l], place, what, c.languages[l].id);
    };
    const SourcePlace meta{c.directory + "/meta.toml", 0, 0}, strings{c.directory + "/strings.toml", 0, 0};
    for (const Language& l : c.languages) visit(l.name, meta, "the name of language '" + l.id + "'", l.id);
    for (const Level& l : c.levels) text(l.name, meta, "level '" + l.id + "'");
    for (const Domain& d : c.domains) {
        text(d.name, d.place, "domain '" + d.id + "'");
        text(d.summary, d.place, "domain '" + d.id + "'");
    }
    for (const Question& q : c.questions) {
        text(q.text, q.place, "question '" + q.id + "'");
        text(q.help, q.place, "question '" + q.id + "'");
        for (const Answer& a : q.answers) text(a.text, q.place, "answer '" + q.id + "." + a.id + "'");
    }
    for (const Advice& a : c.advice) {
        for (const Text* t : {&a.title, &a.body, &a.step}) text(*t, a.place, "advice '" + a.id + "'");
    }
    for (const Service& s : c.services) {
        for (const Text* t : {&s.name, &s.description, &s.address, &s.hours}) text(*t, s.place, "service '" + s.id + "'");
    }
    for (const auto& [id, t] : c.uiStrings) text(t, strings, "interface string '" + id + "'");
    for (const Profile& p : c.profiles) text(p.name, p.place, "profile '" + p.id + "'");
}

void checkGlyphs(const Content& c, const GlyphCoverage& covered, std::vector<Diagnostic>& out) {
    if (!covered) return;
    Scan scan(covered, out);
    forEachVisibleText(c, [&](const std::string& text, const SourcePlace& place, const std::string& what, const std::string& language) {
        scan.string(text, place, what, language);
    });
    scan.finish(c.directory);
}

} // namespace core
