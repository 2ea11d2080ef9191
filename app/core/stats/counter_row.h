// One stored counter as the store hands it over: what the reports are built from. The
// store (io/stats_store.h) reads it; the core never opens the file.
#pragma once
#include <cstdint>
#include <string>

namespace core {

struct CounterRow {
    std::string day;    // YYYY-MM-DD
    std::string event;  // event label set by the team ("" when none)
    std::string metric; // e.g. "sessions.finished", "level.debt.high"
    int64_t count = 0;
};

} // namespace core
