// Statistics and the team panel through the real UI: sessions tapped through are counted
// in the store, the long press and PIN pad open the panel, export writes a CSV with the
// small-cell rule, demo mode records nothing, a broken store leaves the kiosk usable.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/content/content_loader.h"
#include "io/machine/local_clock.h"
#include "io/store/stats_store.h"
#include "support/scratch.h"
#include "platform/headless_kiosk.h"
#include "ui/widgets.h"
#include "support/content_fixture.h"


namespace {

// A person skips every question, looks at the services, finishes and says it helped.
// From the welcome screen to the results, every question skipped.
void toResults(platform::HeadlessKiosk& h) {
    REQUIRE(h.tap("start"));
    REQUIRE(h.tap("intro-go"));
    while (h.kiosk().screen == core::Screen::Question) {
        // "Prefer not to say" is the key after the last answer (it may be below the fold).
        const auto& q = h.kiosk().content->questions[static_cast<size_t>(h.kiosk().person.session.currentQuestion())];
        h.key(core::Key::Digit, static_cast<int>(q.answers.size()) + 1);
    }
    h.frame();
}

void finishedSession(platform::HeadlessKiosk& h) {
    toResults(h);
    REQUIRE(h.tap("see-services"));
    REQUIRE(h.tap("take-away"));
    REQUIRE(h.tap("finish"));
    REQUIRE(h.tap("useful-2"));
    REQUIRE(h.tap("restart"));
}

void longPressCorner(platform::HeadlessKiosk& h) {
    h.kioskUi().input(ui::PointerPress{5, 5}, h.now());
    h.frame();
    h.advance(3100);
    h.frame();
    h.kioskUi().input(ui::PointerRelease{5, 5}, h.now());
    h.frame();
    h.frame();
}

void typePin(platform::HeadlessKiosk& h, const std::string& pin) {
    for (char d : pin) REQUIRE(h.tap(std::string("pin-") + d));
    REQUIRE(h.tap("pin-ok"));
}

} // namespace

TEST_CASE("sessions tapped through the UI are counted, once each, as marginals, in batches of five") {
    const std::string dir = testing::freshDir("panel-count");
    io::StatsStore store(dir);
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1280, 800, true, &store);
    h.setRandom([](uint32_t) { return 0u; });  // every record kept as it is, so it can be counted here
    h.frame();
    for (int i = 0; i < 4; ++i) finishedSession(h);
    CHECK(store.counters().empty());  // four people: nothing on disk yet
    for (int i = 0; i < 3; ++i) {  // left before the results: never counted, never filling a batch
        REQUIRE(h.tap("start"));
        REQUIRE(h.tap("intro-go"));
        REQUIRE(h.tap("quick-exit"));
        REQUIRE(h.tap("neutral-continue"));
    }
    CHECK(store.counters().empty());
    toResults(h);
    REQUIRE(h.kiosk().screen == core::Screen::Results);
    REQUIRE(h.tap("quick-exit"));
    CHECK(testing::storedCount(store, "sessions.started") == 5);
    CHECK(testing::storedCount(store, "sessions.finished") == 4);
    CHECK(testing::storedCount(store, "sessions.abandoned") == 1);
    CHECK(testing::storedCount(store, "results.shown") == 5);
    CHECK(testing::storedCount(store, "level.use.none") == 5);
    CHECK(testing::storedCount(store, "services.viewed") == 4);
    CHECK(testing::storedCount(store, "takeaway.shown") == 4);
    CHECK(testing::storedCount(store, "useful.yes") == 4);  // each tap rode with its open batch
    CHECK(testing::storedCount(store, "language.fr") == 5);
    for (const auto& r : store.counters()) {
        CHECK(r.day.size() == 10);  // a day, never a time
        CHECK(r.metric.find("answer") == std::string::npos);
    }
}

TEST_CASE("long press, PIN pad, dashboard, export with small cells") {
    const std::string dir = testing::freshDir("panel-export");
    io::StatsStore store(dir);
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1280, 800, true, &store);
    h.frame();
    finishedSession(h);
    h.frame();
    CHECK(h.widgets().find("pin-1") == nullptr);
    longPressCorner(h);
    REQUIRE(h.kiosk().screen == core::Screen::TeamPin);
    CHECK(h.kiosk().person.session.blank());
    typePin(h, "482615");
    typePin(h, "482615");
    REQUIRE(h.kiosk().screen == core::Screen::TeamPanel);
    CHECK(store.setting(core::setting::kPinHash).has_value());
    REQUIRE_FALSE(h.kiosk().team.report.empty());
    CHECK(h.kiosk().team.report.table(core::TableKind::Sessions)->total->text() == "<5");  // one session so far
    const std::string target = dir + "/usb";
    std::filesystem::create_directories(target);
    h.setRemovableDrives({target});
    REQUIRE(h.tap("tab-tab_export"));
    REQUIRE(h.kiosk().team.exportTargets == std::vector<std::string>{target});
    REQUIRE(h.tap("export-0"));
    CHECK(h.kiosk().team.message == "export_done");
    std::ifstream csv(target + "/repere-stats-" + io::localDay() + ".csv");
    REQUIRE(csv);
    const std::string text((std::istreambuf_iterator<char>(csv)), std::istreambuf_iterator<char>());
    CHECK(text.rfind("\xEF\xBB\xBF\"Tableau\";\"Ligne\";\"Nombre\"\r\n", 0) == 0);
    CHECK(text.find("\"Sessions\";\"Arrivées aux résultats\";\"<5\"") != std::string::npos);
    CHECK(text.find(";1\r\n") == std::string::npos);  // no count under 5 anywhere
    h.act(core::action::Team{core::team::Export{"/proc/no-such-place"}});
    CHECK(h.kiosk().team.message == "export_failed_missing");
    REQUIRE(h.tap("worker-close"));
    CHECK(h.kiosk().screen == core::Screen::Welcome);
    // Next time the stored PIN is asked for, and a wrong one does not open the panel.
    longPressCorner(h);
    typePin(h, "111111");
    CHECK(h.kiosk().screen == core::Screen::TeamPin);
    CHECK(h.kiosk().team.message == "pin_wrong");
}

TEST_CASE("demo mode through the UI records nothing") {
    const std::string dir = testing::freshDir("panel-demo");
    io::StatsStore store(dir);
    core::KioskSettings settings;
    settings.demo = true;
    platform::HeadlessKiosk h(testing::shippedContent(), settings, 1280, 800, true, &store);
    h.frame();
    finishedSession(h);
    CHECK(store.counters().empty());
}

TEST_CASE("settings chosen in the panel survive a restart") {
    const std::string dir = testing::freshDir("panel-settings");
    {
        io::StatsStore store(dir);
        platform::HeadlessKiosk h(testing::shippedContent(), {}, 1280, 800, true, &store);
        h.openTeamPanelFirstUse();
        h.act(core::action::Team{core::team::ShowTab{core::TeamTab::Settings}});
        h.kioskUi().input(ui::TextInput{"Teknival"}, h.now());
        h.act(core::action::Team{core::team::ChangeIdle{1}});
        h.act(core::action::Team{core::team::ToggleDemo{}});
    }
    io::StatsStore store(dir);
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1280, 800, true, &store);
    CHECK(h.kiosk().settings.eventLabel == "Teknival");
    CHECK(h.kiosk().settings.idleSeconds == 120);
    CHECK(h.kiosk().settings.demo);
    CHECK_FALSE(h.kiosk().team.pinHash.empty());
}

TEST_CASE("a store that cannot be written leaves the kiosk fully usable and says so") {
    io::StatsStore store("/dev/null/repere");
    platform::HeadlessKiosk h(testing::shippedContent(), {}, 1280, 800, true, &store);
    h.frame();
    for (int i = 0; i < 5; ++i) finishedSession(h);
    CHECK(h.kiosk().screen == core::Screen::Welcome);
    CHECK(store.batchesWaiting() == 1);
    CHECK_FALSE(h.kiosk().team.storeStatus.empty());
}

namespace {

// English the French panel must never show: every interface string, content name and
// level whose English differs from its French, plus words of the program's own English
// messages (errors from the system, SQLite and the store).
std::vector<std::string> englishOnly(const core::Content& c) {
    const core::LanguageIndex fr = *c.languageIndex("fr"), en = *c.languageIndex("en");
    std::vector<std::string> english = {"cannot", "failed", "error", "statistics", "not saved", "Permission denied",
                                        "No such file", "database", "unknown"};
    auto add = [&](const core::Text& t) {
        const std::string& e = t.in(en);
        if (e.size() >= 5 && e != t.in(fr)) english.push_back(e);
    };
    for (const auto& [id, text] : c.uiStrings) {
        (void)id;
        // Placeholders split a string into pieces that are drawn filled in.
        const std::string& e = text.in(en);
        size_t start = 0;
        while (start < e.size()) {
            const size_t open = e.find('{', start);
            const std::string piece = e.substr(start, open == std::string::npos ? std::string::npos : open - start);
            if (piece.size() >= 8 && text.in(fr).find(piece) == std::string::npos) english.push_back(piece);
            if (open == std::string::npos) break;
            const size_t close = e.find('}', open);
            start = close == std::string::npos ? e.size() : close + 1;
        }
    }
    for (const auto& d : c.domains) add(d.name);
    for (const auto& l : c.levels) add(l.name);
    return english;
}

} // namespace

TEST_CASE("the French team panel shows no English, on every screen it has") {
    const core::Content& c = testing::shippedContent();
    const std::string dir = testing::freshDir("panel-french");
    io::StatsStore store(dir);
    REQUIRE(store.saveSetting(core::setting::kPinHash, *core::hashPin("482615")));  // set before the kiosk had a past
    core::KioskSettings settings;
    settings.startLanguage = *c.languageIndex("fr");
    platform::HeadlessKiosk h(c, settings, 1280, 800, true, &store);
    std::vector<std::string> drawn;
    ui::setDrawnTextLog(&drawn);
    h.frame();
    for (int i = 0; i < 5; ++i) finishedSession(h);  // one batch, so the dashboard has figures
    drawn.clear();
    longPressCorner(h);
    typePin(h, "482615");
    REQUIRE(h.kiosk().screen == core::Screen::TeamPanel);
    for (const char* tab : {"tab-tab_dashboard", "tab-tab_export", "tab-tab_settings", "tab-tab_content", "tab-tab_demo"}) {
        REQUIRE(h.tap(tab));
        h.frame();
    }
    // Failures and confirmations, each drawn once.
    h.act(core::action::Team{core::team::Export{"/proc/no-such-place"}});
    h.frame();
    h.act(core::action::Team{core::team::Export{dir + "/stick"}});
    h.frame();
    h.act(core::action::Team{core::team::ReloadContent{}});
    h.frame();
    REQUIRE(h.tap("tab-tab_settings"));
    h.act(core::action::Team{core::team::ToggleDemo{}});
    h.frame();
    REQUIRE(h.tap("tab-tab_demo"));
    h.frame();
    ui::setDrawnTextLog(nullptr);
    REQUIRE(drawn.size() > 40);
    const auto english = englishOnly(c);
    for (const auto& text : drawn) {
        for (const auto& e : english) {
            CAPTURE(text);
            CAPTURE(e);
            CHECK(text.find(e) == std::string::npos);
        }
    }
}
