// The first PIN is chosen from the screen only on a provably new data directory. Each way
// a kiosk can lose its PIN is played on a kiosk that had one (or had a past), then the
// kiosk restarts (a new store, runner and kiosk on the same directory, as a new process
// would) and someone tries to choose a PIN: the pad stays locked, says why, and stores
// nothing. Restarted twice, so a fact kept only in memory would show.
#include <doctest/doctest.h>

#include <sqlite3.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>

#include "core/kiosk/kiosk.h"
#include "io/content/content_file.h"
#include "io/effects.h"
#include "io/store/stats_store.h"
#include "support/content_fixture.h"
#include "support/scratch.h"

namespace fs = std::filesystem;
namespace act = core::action;
namespace w = core::team;

namespace {

const std::string& contentDir() {
    static const std::string dir = testing::makeContentDir();
    return dir;
}

// One start of the kiosk on `data`: what a new process does.
struct Start {
    io::StatsStore store;
    io::EffectRunner runner;
    core::Kiosk kiosk;
    explicit Start(const std::string& data)
        : store(data), runner(&store, contentDir(), std::make_unique<core::Content>(testing::baseContent()), data),
          kiosk(runner.content()) {
        runner.restore(kiosk);
    }
    // Someone at the screen opens the panel and types a PIN twice.
    bool claim(const std::string& pin = "480375", int64_t nowMs = 0) {
        core::apply(kiosk, act::Team{w::Close{}});  // from the welcome screen, nothing half typed
        core::apply(kiosk, act::Team{w::Open{}});
        for (int round = 0; round < 2; ++round) {
            for (char d : pin) core::apply(kiosk, act::Team{w::Digit{d - '0'}});
            core::apply(kiosk, act::Team{w::Submit{nowMs}});
            runner.run(kiosk);
        }
        return kiosk.screen == core::Screen::TeamPanel;
    }
};

void sql(const std::string& data, const char* statement) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((data + "/stats.db").c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, statement, nullptr, nullptr, &error);
    CAPTURE(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// A kiosk whose team chose its PIN on the screen, then closed it.
std::string kioskWithPin(const std::string& name) {
    const std::string data = testing::freshDir(name);
    Start first(data);
    REQUIRE(first.kiosk.team.pinState == core::PinState::NotSet);
    REQUIRE(first.claim());
    return data;
}

// Two restarts: neither offers "choose a PIN"; the reason is said, with `repere pin set`.
void lockedAcrossRestarts(const std::string& data, const char* why) {
    for (int restart = 0; restart < 2; ++restart) {
        CAPTURE(restart);
        Start again(data);
        CHECK(again.kiosk.team.pinState == core::PinState::LostPin);
        CHECK_FALSE(again.claim());
        CHECK(again.kiosk.screen == core::Screen::TeamPin);
        CHECK(again.kiosk.team.message == why);
        CHECK(again.kiosk.person.pinTyped.empty());
        CHECK_FALSE(core::isPinHash(again.store.setting(core::setting::kPinHash).value_or("")));
        const std::string said = again.kiosk.content->ui(why, 0) + again.kiosk.content->ui(why, 1);
        CHECK_FALSE(said.empty());
    }
}

} // namespace

TEST_CASE("a new data directory: the first PIN is chosen on the screen, with its marker, and asked for after a restart") {
    const std::string data = kioskWithPin("pin-new");
    struct stat st {};
    REQUIRE(stat((data + "/" + core::kPinMarkerFile).c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    Start again(data);
    CHECK(again.kiosk.team.pinState == core::PinState::Set);
    CHECK_FALSE(again.claim("592604"));  // another PIN does not open it
    CHECK(again.claim("480375", 60'000));  // after the wait the wrong try added
}

TEST_CASE("damaged, moved aside, then restarted: locked") {
    const std::string data = kioskWithPin("pin-damaged");
    { std::ofstream(data + "/stats.db", std::ios::trunc) << std::string(8192, 'x'); }
    {
        Start moved(data);  // this start moves the file aside
        CHECK(moved.kiosk.team.pinState == core::PinState::LostPin);
        CHECK_FALSE(moved.claim());
    }
    lockedAcrossRestarts(data, "pin_past_marker");
    fs::remove(data + "/" + core::kPinMarkerFile);  // even without the marker, the file set aside is a past
    lockedAcrossRestarts(data, "pin_past_files");
}

TEST_CASE("stats.db deleted: locked") {
    const std::string data = kioskWithPin("pin-deleted");
    fs::remove(data + "/stats.db");
    lockedAcrossRestarts(data, "pin_past_marker");
}

TEST_CASE("the PIN row deleted: locked, even with the marker and the other settings gone too") {
    const std::string data = kioskWithPin("pin-row");
    sql(data, "DELETE FROM settings WHERE key = 'pin_hash'");
    lockedAcrossRestarts(data, "pin_past_marker");
    sql(data, "DELETE FROM settings; INSERT INTO counters VALUES ('2026-11-27', '', 'sessions.started', 5)");
    fs::remove(data + "/" + core::kPinMarkerFile);
    lockedAcrossRestarts(data, "pin_past_rows");
}

TEST_CASE("a PIN of the wrong type or form: locked") {
    for (const char* value : {"X'0102'", "123456", "'not a hash'", "'$argon2i$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA'"}) {
        CAPTURE(value);
        const std::string data = kioskWithPin(std::string("pin-type-") + std::to_string(std::hash<std::string>{}(value)));
        sql(data, (std::string("UPDATE settings SET value = ") + value + " WHERE key = 'pin_hash'").c_str());
        // A value that is not text is skipped when settings are read: the marker speaks.
        const bool text = value[0] == '\'' || value[0] == '1';
        lockedAcrossRestarts(data, text ? "pin_past_damaged" : "pin_past_marker");
    }
}

TEST_CASE("foreign objects: the file is moved aside, and the kiosk stays locked") {
    for (const char* foreign : {"CREATE VIEW v AS SELECT 1", "CREATE TABLE extra (x)",
                                "CREATE TRIGGER t AFTER INSERT ON counters BEGIN SELECT 1; END"}) {
        CAPTURE(foreign);
        const std::string data = kioskWithPin(std::string("pin-foreign-") + std::to_string(std::hash<std::string>{}(foreign)));
        sql(data, foreign);
        lockedAcrossRestarts(data, "pin_past_marker");
        fs::remove(data + "/" + core::kPinMarkerFile);
        lockedAcrossRestarts(data, "pin_past_files");
    }
}

TEST_CASE("a kiosk that never had a PIN but has a past: locked too") {
    SUBCASE("counters recorded") {
        const std::string data = testing::freshDir("pin-counters");
        { Start first(data); }
        sql(data, "INSERT INTO counters VALUES ('2026-11-27', '', 'sessions.started', 5)");
        lockedAcrossRestarts(data, "pin_past_rows");
    }
    SUBCASE("a setting stored") {
        const std::string data = testing::freshDir("pin-setting");
        { Start first(data); REQUIRE(first.store.saveSetting(core::setting::kEvent, "Teknival")); }
        lockedAcrossRestarts(data, "pin_past_rows");
    }
    SUBCASE("a stranger file in the data directory") {
        const std::string data = testing::freshDir("pin-stranger");
        fs::create_directories(data + "/exports");
        lockedAcrossRestarts(data, "pin_past_files");
    }
    SUBCASE("a damaged file on a kiosk that never had a PIN") {
        const std::string data = testing::freshDir("pin-damaged-new");
        fs::create_directories(data);
        { std::ofstream(data + "/stats.db") << std::string(8192, 'y'); }
        { Start moved(data); CHECK(moved.kiosk.team.message.empty()); CHECK_FALSE(moved.claim()); CHECK(moved.kiosk.team.message == "pin_past_moved_aside"); }
        lockedAcrossRestarts(data, "pin_past_files");
    }
}

TEST_CASE("a new directory restarted before anyone chose a PIN is still new") {
    const std::string data = testing::freshDir("pin-restarted-new");
    { Start first(data); }
    { Start second(data); CHECK(second.kiosk.team.pinState == core::PinState::NotSet); }
}

TEST_CASE("the marker is written before the PIN: no marker, no PIN") {
    const std::string data = testing::freshDir("pin-no-marker");
    fs::create_directories(data + "/" + core::kPinMarkerFile);  // the marker cannot be written as a file
    io::StatsStore store(data);
    CHECK_FALSE(store.saveSetting(core::setting::kPinHash, *core::hashPin("480375")));
    CHECK_FALSE(store.setting(core::setting::kPinHash));
    CHECK(store.trouble() != io::StoreTrouble::None);
}

TEST_CASE("a PIN stored before markers existed gets one at the next start") {
    const std::string data = kioskWithPin("pin-legacy");
    fs::remove(data + "/" + core::kPinMarkerFile);
    { Start again(data); CHECK(again.kiosk.team.pinState == core::PinState::Set); }
    CHECK(fs::exists(data + "/" + core::kPinMarkerFile));
}
