// Export onto a drive someone else prepared: no planted symlink is followed, nothing is
// overwritten, the file is whole when the panel says it is done.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "io/exports/export_file.h"
#include "support/scratch.h"

namespace fs = std::filesystem;

namespace {
std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
} // namespace

TEST_CASE("a symlink planted under the export's name is not followed; the export takes the next name") {
    const std::string dir = testing::freshDir("export-symlink");
    fs::create_directories(dir + "/stick");
    { std::ofstream(dir + "/victim") << "keep me"; }
    fs::create_symlink(dir + "/victim", dir + "/stick/repere-stats.csv");
    const auto written = io::writeNewFile(dir + "/stick", "repere-stats.csv", "table;label;count\n");
    REQUIRE(written.ok);
    CHECK(written.path == dir + "/stick/repere-stats-2.csv");
    CHECK(slurp(dir + "/victim") == "keep me");
    CHECK(slurp(written.path) == "table;label;count\n");
}

TEST_CASE("an existing file is never overwritten") {
    const std::string dir = testing::freshDir("export-exists");
    fs::create_directories(dir);
    { std::ofstream(dir + "/a.csv") << "old"; }
    const auto first = io::writeNewFile(dir, "a.csv", "new");
    const auto second = io::writeNewFile(dir, "a.csv", "newer");
    CHECK(slurp(dir + "/a.csv") == "old");
    CHECK(first.path == dir + "/a-2.csv");
    CHECK(second.path == dir + "/a-3.csv");
    CHECK(slurp(second.path) == "newer");
}

TEST_CASE("a directory that is a symlink, or cannot be written, is refused with a message") {
    const std::string dir = testing::freshDir("export-dirlink");
    fs::create_directories(dir + "/real");
    fs::create_directory_symlink(dir + "/real", dir + "/link");
    const auto viaLink = io::writeNewFile(dir + "/link", "a.csv", "x");
    CHECK_FALSE(viaLink.ok);
    CHECK_FALSE(viaLink.error.empty());
    CHECK(fs::is_empty(dir + "/real"));
    const auto nowhere = io::writeNewFile("/proc/no-such-place", "a.csv", "x");
    CHECK_FALSE(nowhere.ok);
}
