// Ejecting a stick from the panel: the flush and the request file the root helper reads.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "platform/drive_eject.h"
#include "support/scratch.h"

TEST_CASE("an eject request is a file named after the stick, after a flush") {
    const std::string dir = testing::freshDir("eject");
    const std::string stick = dir + "/STAND", requests = dir + "/eject";
    std::filesystem::create_directories(stick);
    std::string error;
    ::unsetenv("REPERE_EJECT_DIR");
    CHECK_FALSE(platform::requestEject(stick, "STAND", error));  // not a kiosk session
    CHECK(error == "REPERE_EJECT_DIR");
    ::setenv("REPERE_EJECT_DIR", requests.c_str(), 1);
    CHECK(platform::requestEject(stick, "STAND", error));
    CHECK(std::filesystem::exists(requests + "/STAND"));
    CHECK_FALSE(platform::requestEject(dir + "/gone", "gone", error));  // a stick pulled out
    CHECK_FALSE(std::filesystem::exists(requests + "/gone"));
    ::unsetenv("REPERE_EJECT_DIR");
}
