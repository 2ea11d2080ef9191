// The team panel as a new user reads it: the demo button names what a tap does, a
// dashboard heading with nothing counted under it says so, and an export with no stick
// never claims to be on a stick (team_content_tab_test.cpp has that one).
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>

#include "core/stats/stats_report.h"
#include "platform/headless_kiosk.h"
#include "support/content_fixture.h"
#include "ui/widgets.h"

namespace {

std::vector<std::string> drawnAfter(platform::HeadlessKiosk& h, const core::Action& action) {
    std::vector<std::string> drawn;
    h.act(action);
    ui::setDrawnTextLog(&drawn);
    h.frame();
    ui::setDrawnTextLog(nullptr);
    return drawn;
}

bool has(const std::vector<std::string>& drawn, const std::string& text) {
    return std::find(drawn.begin(), drawn.end(), text) != drawn.end();
}

std::unique_ptr<platform::HeadlessKiosk> frenchPanel() {
    const core::Content& c = testing::shippedContent();
    core::KioskSettings settings;
    settings.startLanguage = *c.languageIndex("fr");
    auto h = std::make_unique<platform::HeadlessKiosk>(c, settings, 1280, 4000);
    REQUIRE(h->ok());
    h->openTeamPanelFirstUse();
    return h;
}

} // namespace

TEST_CASE("team panel: the demo button says what a tap does, the line above how it is") {
    auto panel = frenchPanel();
    platform::HeadlessKiosk& h = *panel;
    auto drawn = drawnAfter(h, core::action::Team{core::team::ShowTab{core::TeamTab::Settings}});
    CHECK(has(drawn, "Activer le mode démo"));
    CHECK(has(drawn, "Désactivé"));
    REQUIRE(h.tap("demo-toggle"));
    REQUIRE(h.kiosk().settings.demo);
    drawn = drawnAfter(h, core::action::StillHere{});
    CHECK(has(drawn, "Désactiver le mode démo"));
    CHECK_FALSE(has(drawn, "Activer le mode démo"));
}

TEST_CASE("team panel: a dashboard table with nothing counted says so under its heading") {
    auto panel = frenchPanel();
    platform::HeadlessKiosk& h = *panel;
    // Only late "useful" taps stored: no day has sessions yet.
    const core::Report report = core::buildReport(*h.kiosk().content, {{"2026-12-01", "", "useful.yes", 10}}, h.kiosk().language());
    REQUIRE(report.table(core::TableKind::SessionsPerDay)->cells.empty());
    const auto drawn = drawnAfter(h, core::action::Team{core::team::ReportLoaded{report}});
    const auto heading = std::find(drawn.begin(), drawn.end(), report.table(core::TableKind::SessionsPerDay)->name);
    REQUIRE(heading != drawn.end());
    REQUIRE(heading + 1 != drawn.end());
    CHECK(*(heading + 1) == "Rien de compté ici pour l’instant.");
}
