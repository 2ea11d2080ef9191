// The event label typed by touch alone, through the real panel view.
#include <doctest/doctest.h>

#include "core/content/content_loader.h"
#include "core/team/event_label.h"
#include "platform/headless_kiosk.h"
#include "support/content_fixture.h"

namespace {

// The key's id for `character` among the keyboard's rows in the current case.
std::string keyFor(platform::HeadlessKiosk& h, const std::string& character) {
    const auto rows = core::eventLabelKeyRows(h.kiosk().team.labelSmallLetters);
    for (size_t r = 0; r < rows.size(); ++r) {
        for (size_t c = 0; c < rows[r].size(); ++c) {
            if (rows[r][c] == character) return "label-key-" + std::to_string(r) + "-" + std::to_string(c);
        }
    }
    FAIL("no key for " << character);
    return "";
}

} // namespace

TEST_CASE("the event label is typed by touch: letters, case, accents, space, digits, erase") {
    // Tall enough for the whole keyboard without scrolling.
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1280, 3000, true);
    h.frame();
    h.openTeamPanelFirstUse();
    REQUIRE(h.kiosk().screen == core::Screen::TeamPanel);
    h.frame();
    REQUIRE(h.tap("tab-tab_settings"));
    REQUIRE(h.tap(keyFor(h, "F")));
    REQUIRE(h.tap("label-key-case"));
    for (const char* c : {"ê", "t", "e"}) REQUIRE(h.tap(keyFor(h, c)));
    REQUIRE(h.tap("label-key-space"));
    REQUIRE(h.tap("label-key-space"));  // a second space in a row is refused
    REQUIRE(h.tap(keyFor(h, "2")));
    REQUIRE(h.tap(keyFor(h, "6")));
    CHECK(h.kiosk().settings.eventLabel == "Fête 26");
    REQUIRE(h.tap("event-erase"));
    CHECK(h.kiosk().settings.eventLabel == "Fête 2");
    CHECK(core::isValidEventLabel(h.kiosk().settings.eventLabel));
}
