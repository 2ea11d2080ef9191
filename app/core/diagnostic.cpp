// Formatting of content problems.
#include "core/diagnostic.h"

#include <algorithm>

namespace core {

std::string format(const Diagnostic& d) {
    std::string out = d.place.file + ":" + std::to_string(d.place.line) + ":" +
                      std::to_string(d.place.column) + ": ";
    out += d.severity == Severity::Error ? "error: " : "warning: ";
    return out + d.message;
}

int countErrors(const std::vector<Diagnostic>& diagnostics) {
    return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
    return countErrors(diagnostics) > 0;
}

} // namespace core
