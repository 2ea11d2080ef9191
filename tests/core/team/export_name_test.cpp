#include <doctest/doctest.h>

#include "core/team/export_name.h"

TEST_CASE("export names: the first try keeps the name, later ones are numbered before the extension") {
    CHECK(core::numberedFileName("repere-stats-2026-12-04.csv", 1) == "repere-stats-2026-12-04.csv");
    CHECK(core::numberedFileName("repere-stats-2026-12-04.csv", 2) == "repere-stats-2026-12-04-2.csv");
    CHECK(core::numberedFileName("plain", 3) == "plain-3");
}
