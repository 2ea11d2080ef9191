// A problem found in content, with the place it was found. Shared by the loader and
// the validator; printed by `repere check` as FILE:LINE:COL: severity: message.
#pragma once
#include <string>
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

std::string format(const Diagnostic& d);
bool hasErrors(const std::vector<Diagnostic>& diagnostics);
int countErrors(const std::vector<Diagnostic>& diagnostics);

} // namespace core
