#include <doctest/doctest.h>

#include "core/team/removable_drive.h"

TEST_CASE("drives show by label; only the package's mounts may be ejected") {
    CHECK(core::driveLabel("/media/repere-kiosk/STAND") == "STAND");
    CHECK(core::driveLabel("/media/ana/KEY/") == "KEY");
    CHECK(core::driveLabel("/run/media/ana/KEY") == "KEY");
    CHECK(core::driveLabel("/var/lib/repere-kiosk/.local/share/repere/exports") ==
          "/var/lib/repere-kiosk/.local/share/repere/exports");
    CHECK(core::ejectableDrive("/media/repere-kiosk/STAND") == "STAND");
    CHECK(core::ejectableDrive("/media/repere-kiosk/Cl___d_Ana-2") == "Cl___d_Ana-2");
    CHECK_FALSE(core::ejectableDrive("/media/repere-kiosk/"));
    CHECK_FALSE(core::ejectableDrive("/media/repere-kiosk/../etc"));
    CHECK_FALSE(core::ejectableDrive("/media/repere-kiosk/a/b"));
    CHECK_FALSE(core::ejectableDrive("/media/ana/KEY"));
    CHECK_FALSE(core::ejectableDrive("/var/lib/repere-kiosk/exports"));
}
