// Formatting of content problems, and the cap on how many are kept.
#include "core/model/diagnostic.h"

#include <algorithm>
#include <cstdio>

namespace core {
namespace {

std::string hexEscape(const char* format, unsigned value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

// Length of a well-formed UTF-8 sequence starting at `i` (1 to 4), or 0 when malformed.
size_t utf8Length(std::string_view s, size_t i, unsigned& codepoint) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned lead = byte(i);
    size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xe ? 3 : (lead >> 3) == 0x1e ? 4 : 0;
    if (length == 0 || i + length > s.size()) return 0;
    codepoint = length == 1 ? lead : lead & (0x7fu >> length);
    for (size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xc0) != 0x80) return 0;
        codepoint = (codepoint << 6) | (byte(i + k) & 0x3f);
    }
    static const unsigned smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codepoint < smallest[length] || codepoint > 0x10ffff || (codepoint >= 0xd800 && codepoint <= 0xdfff)) return 0;
    return length;
}

} // namespace

std::string escapeControls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        unsigned cp = 0;
        const size_t length = utf8Length(text, i, cp);
        if (length == 0) {  // a stray byte could start a C1 sequence on some terminals
            out += hexEscape("\\x%02x", static_cast<unsigned char>(text[i]));
            ++i;
            continue;
        }
        if (cp == '\n') out += "\\n";
        else if (cp == '\t') out += "\\t";
        else if (cp == '\r') out += "\\r";
        else if (cp < 0x20 || cp == 0x7f) out += hexEscape("\\x%02x", cp);
        else if (cp >= 0x80 && cp < 0xa0) out += hexEscape("\\u%04x", cp);
        else if (cp == 0x2028 || cp == 0x2029 || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
            out += hexEscape("\\u%04x", cp);  // line separators and bidi overrides reorder what is shown
        } else out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

std::string format(const Diagnostic& d) {
    std::string out = escapeControls(d.place.file) + ":" + std::to_string(d.place.line) + ":" +
                      std::to_string(d.place.column) + ": ";
    out += d.severity == Severity::Error ? "error: " : "warning: ";
    return out + escapeControls(d.message);
}

void report(std::vector<Diagnostic>& out, Diagnostic d) {
    if (out.size() < kMaxDiagnostics) { out.push_back(std::move(d)); return; }
    if (out.size() > kMaxDiagnostics) return;
    out.push_back({d.place, Severity::Error,
                   "more than " + std::to_string(kMaxDiagnostics) + " problems: the rest are not listed"});
}

int countErrors(const std::vector<Diagnostic>& diagnostics) {
    return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
    return countErrors(diagnostics) > 0;
}

} // namespace core
