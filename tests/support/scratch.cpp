// Throw-away directories and stored counters for tests.
#include "support/scratch.h"

#include <unistd.h>

#include <filesystem>

namespace testing {

std::string freshDir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("repere-" + name + "-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    return dir.string();
}

int64_t storedCount(const io::StatsStore& store, const std::string& metric) {
    int64_t n = 0;
    for (const auto& r : store.counters()) if (r.metric == metric) n += r.count;
    return n;
}

} // namespace testing
