// `repere monkey`: random taps, drags, keys and idle pauses through the real UI,
// checking invariants after every frame. Records nothing outside the --data DIR.
#pragma once
#include <cstdint>
#include <string>

#include "core/model/content.h"

namespace platform {

struct MonkeyOptions {
    long events = 2000;
    uint64_t seed = 1;
    int width = 1024, height = 600;
    std::string dataDir;  // statistics only ever go here when given
    long soakSessions = 0;  // > 0: finish this many sessions instead, and check memory stays flat
};

// Prints a summary; returns 0, or 1 on a failed invariant (with seed and step).
int runMonkey(const core::Content& content, const MonkeyOptions& options);

} // namespace platform
