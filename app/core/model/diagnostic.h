// A problem found in content, with the place it was found. Shared by the loader and
// the validator; printed by `repere check` as FILE:LINE:COL: severity: message.
// Content is hostile until checked: what is printed never carries a control character
// from it, and a flood of problems is cut short.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace core {

enum class Severity { Warning, Error };

struct SourcePlace {
    std::string file;  // path as given to the loader
    int line = 0;      // 1-based; 0 when unknown
    int column = 0;    // 1-based; 0 when unknown
};

struct Diagnostic {
    SourcePlace place;
    Severity severity = Severity::Error;
    std::string message;
};

// Problems kept per load; one more says the rest were left out.
constexpr size_t kMaxDiagnostics = 1000;

// Appends `d`, or past kMaxDiagnostics notes once that the rest are left out.
void report(std::vector<Diagnostic>& out, Diagnostic d);

// What the validator's checks write through: an error or a warning at a place.
struct Reporter {
    std::vector<Diagnostic>& out;
    void error(const SourcePlace& p, std::string m) { report(out, {p, Severity::Error, std::move(m)}); }
    void warning(const SourcePlace& p, std::string m) { report(out, {p, Severity::Warning, std::move(m)}); }
};

// One printable line: control characters (C0, DEL, C1, and invalid UTF-8 bytes) are
// written as escapes (\n, \t, \x1b, \u009b...), so content cannot move the cursor, erase
// lines, set the terminal title or write the clipboard.
std::string format(const Diagnostic& d);
std::string escapeControls(std::string_view text);

bool hasErrors(const std::vector<Diagnostic>& diagnostics);
int countErrors(const std::vector<Diagnostic>& diagnostics);

} // namespace core
