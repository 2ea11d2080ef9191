// Ejecting a stick from the panel: the flush and the request file the root helper reads.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "io/exports/drive_eject.h"
#include "support/scratch.h"

TEST_CASE("an eject request is a file named after the stick, after a flush") {
    const std::string dir = testing::freshDir("eject");
    const std::string stick = dir + "/STAND", requests = dir + "/eject";
    std::filesystem::create_directories(stick);
    std::string error;
    ::unsetenv("REPERE_EJECT_DIR");
    CHECK_FALSE(io::requestEject(stick, "STAND", error));  // not a kiosk session
    CHECK(error == "REPERE_EJECT_DIR");
    ::setenv("REPERE_EJECT_DIR", requests.c_str(), 1);
    CHECK(io::requestEject(stick, "STAND", error));
    CHECK(std::filesystem::exists(requests + "/STAND"));
    CHECK_FALSE(io::requestEject(dir + "/gone", "gone", error));  // a stick pulled out
    CHECK_FALSE(std::filesystem::exists(requests + "/gone"));
    ::unsetenv("REPERE_EJECT_DIR");
}

#include "platform/headless_kiosk.h"
#include "support/content_fixture.h"

TEST_CASE("the export tab lists sticks by label, with Eject for the ones the package mounted") {
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1280, 800, true);
    h.openTeamPanelFirstUse();
    h.act(core::action::Team{core::team::ShowTab{core::TeamTab::Export}});
    h.act(core::action::Team{core::team::ExportTargetsFound{{"/media/repere-kiosk/STAND", "/media/ana/OTHER"}, ""}});
    h.frame();
    const std::string dir = testing::freshDir("eject-tab");
    std::filesystem::create_directories(dir);
    std::string error;
    CHECK(h.savePng(dir + "/export.png", error));  // to look at: $TMPDIR/repere-eject-tab-PID/
    CHECK(h.widgets().find("export-0") != nullptr);
    CHECK(h.widgets().find("eject-0") != nullptr);
    CHECK(h.widgets().find("export-1") != nullptr);
    CHECK(h.widgets().find("eject-1") == nullptr);  // not mounted by the package: no eject
    ::unsetenv("REPERE_EJECT_DIR");
    REQUIRE(h.tap("eject-0"));
    CHECK(h.kiosk().team.message == "eject_failed");  // here no kiosk session to ask
}
