// Test support: throw-away directories and reading counters back from a store.
#pragma once
#include <cstdint>
#include <string>

#include "io/store/stats_store.h"

namespace testing {

// An empty directory path under the system temp dir, unique to this process and `name`
// (not created: what is under test creates it).
std::string freshDir(const std::string& name);

// The total stored for `metric`, over every day and event.
int64_t storedCount(const io::StatsStore& store, const std::string& metric);

} // namespace testing
