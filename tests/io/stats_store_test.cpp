// The statistics store: batches of five sessions, files that keep no earlier state, the
// schema and its checks, and every way the disk can fail.
#include <doctest/doctest.h>

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "core/kiosk/kiosk.h"
#include "core/team/team_pin.h"
#include "io/store/stats_store.h"
#include "support/raw_records.h"
#include "support/scratch.h"

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kFinished = {"sessions.started", "sessions.finished", "language.fr", "level.use.high"};

void sessions(io::StatsStore& s, int n, const std::string& day = "2026-11-27",
              const std::vector<std::string>& metrics = kFinished) {
    for (int i = 0; i < n; ++i) s.recordSession(day, metrics);
}

sqlite3* openRaw(const std::string& dir) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir + "/stats.db").c_str(), &db) == SQLITE_OK);
    return db;
}

int asideCount(const std::string& dir) {
    int aside = 0;
    for (const auto& e : fs::directory_iterator(dir)) aside += e.path().filename().string().rfind("stats.db.corrupt-", 0) == 0;
    return aside;
}

} // namespace

TEST_CASE("nothing reaches the disk before five sessions; then the whole batch does") {
    io::StatsStore s(testing::freshDir("stats-batch"));
    REQUIRE(s.available());
    sessions(s, 4);
    CHECK(s.counters().empty());
    CHECK(s.sessionsNotYetInABatch() == 4);
    CHECK(s.recordSession("2026-11-27", {"sessions.started", "sessions.abandoned"}));
    CHECK(testing::storedCount(s, "sessions.started") == 5);
    CHECK(testing::storedCount(s, "sessions.finished") == 4);
    CHECK(testing::storedCount(s, "sessions.abandoned") == 1);
    CHECK(s.sessionsNotYetInABatch() == 0);
    CHECK(s.problem().empty());
}

TEST_CASE("a remainder of fewer than five is dropped at quit and at the change of day, never mis-dated") {
    const std::string dir = testing::freshDir("stats-remainder");
    {
        io::StatsStore s(dir);
        sessions(s, 5, "2026-11-27");
        sessions(s, 3, "2026-11-27");   // waiting when the day changes
        sessions(s, 5, "2026-11-28");   // closes the 27th's remainder unwritten
        sessions(s, 2, "2026-11-28");   // waiting at quit
    }
    io::StatsStore s(dir);
    std::map<std::string, int64_t> perDay;
    for (const auto& r : s.counters()) if (r.metric == "sessions.started") perDay[r.day] += r.count;
    CHECK(perDay == std::map<std::string, int64_t>{{"2026-11-27", 5}, {"2026-11-28", 5}});
}

TEST_CASE("a new event label takes effect at the next batch") {
    io::StatsStore s(testing::freshDir("stats-label"));
    s.setEventLabel("Fête A");
    sessions(s, 2);
    s.setEventLabel("B");  // relabelling between visitors cannot isolate the next one
    sessions(s, 3);
    sessions(s, 5);
    std::map<std::string, int64_t> perLabel;
    for (const auto& r : s.counters()) if (r.metric == "sessions.started") perLabel[r.event] += r.count;
    CHECK(perLabel == std::map<std::string, int64_t>{{"Fête A", 5}, {"B", 5}});
}

TEST_CASE("a late count (was this useful?) rides with the open batch") {
    io::StatsStore s(testing::freshDir("stats-late"));
    sessions(s, 5);
    s.recordLate("2026-11-27", "useful.yes");  // the fifth person's tap, after their batch was written
    CHECK(testing::storedCount(s, "useful.yes") == 0);
    sessions(s, 5);
    CHECK(testing::storedCount(s, "useful.yes") == 1);
    CHECK(testing::storedCount(s, "sessions.started") == 10);
}

TEST_CASE("the raw bytes of every file hold no state closer than a batch to another") {
    const std::string dir = testing::freshDir("stats-raw");
    std::mt19937 rng(3);
    io::StatsStore s(dir);
    for (int i = 0; i < 60; ++i) {
        std::vector<std::string> metrics = {"sessions.started", rng() % 2 ? "sessions.finished" : "sessions.abandoned"};
        if (rng() % 3 == 0) metrics.push_back("crisis.raised");
        s.recordSession(i < 30 ? "2026-11-27" : "2026-11-28", metrics);
        if (i % 7 == 0) s.saveSetting("event", "x" + std::to_string(i));
        const auto records = testing::rawRecordsIn(dir);
        CAPTURE(i);
        CHECK(testing::statesCloserThanABatch(records).empty());
        for (const auto& e : fs::directory_iterator(dir)) {
            CAPTURE(e.path().string());
            CHECK(e.path().filename() == "stats.db");  // no journal, WAL or shm left behind
        }
    }
    CHECK_FALSE(testing::rawRecordsIn(dir).empty());  // the scan does find the stored records
}

TEST_CASE("the attacker's scan finds the history a WAL file used to keep") {
    // The design this replaced: one transaction per session in WAL mode, no checkpoint.
    const std::string dir = testing::freshDir("stats-raw-wal");
    fs::create_directories(dir);
    sqlite3* db = openRaw(dir);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                     "CREATE TABLE counters (day TEXT, event TEXT, metric TEXT, count INTEGER, PRIMARY KEY (day, event, metric)) WITHOUT ROWID;",
                 nullptr, nullptr, nullptr);
    for (int i = 0; i < 6; ++i) {
        sqlite3_exec(db, "INSERT INTO counters VALUES ('2026-11-27', '', 'sessions.started', 1) "
                         "ON CONFLICT DO UPDATE SET count = count + 1", nullptr, nullptr, nullptr);
    }
    const auto records = testing::rawRecordsIn(dir);  // before close, as after a SIGTERM
    sqlite3_close(db);
    CHECK_FALSE(testing::statesCloserThanABatch(records).empty());
    CHECK(testing::sessionStates(records).begin()->second.size() >= 5);
}

TEST_CASE("file times say no more than the day") {
    const std::string dir = testing::freshDir("stats-times");
    io::StatsStore s(dir);
    sessions(s, 5);
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
    tm.tm_isdst = -1;
    const std::time_t midnight = std::mktime(&tm);
    struct stat file {}, folder {};
    REQUIRE(stat((dir + "/stats.db").c_str(), &file) == 0);
    REQUIRE(stat(dir.c_str(), &folder) == 0);
    CHECK(file.st_mtime == midnight);
    CHECK(file.st_atime == midnight);
    CHECK(folder.st_mtime == midnight);
}

TEST_CASE("the schema can hold no time of day and no person; the journal is deleted after each write") {
    const std::string dir = testing::freshDir("stats-schema");
    { io::StatsStore s(dir); REQUIRE(s.available()); }
    sqlite3* db = openRaw(dir);
    std::set<std::string> tables, columns;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) tables.insert(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    CHECK(tables == std::set<std::string>{"counters", "settings"});
    sqlite3_prepare_v2(db, "SELECT name FROM pragma_table_info('counters')", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) columns.insert(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    CHECK(columns == std::set<std::string>{"day", "event", "metric", "count"});
    CHECK(sqlite3_exec(db, "INSERT INTO counters VALUES ('2026-11-27 23:10', '', 'x', 1)", nullptr, nullptr, nullptr) ==
          SQLITE_CONSTRAINT);
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "delete");
    sqlite3_finalize(st);
    sqlite3_close(db);
}

TEST_CASE("settings round-trip and survive reopening") {
    const std::string dir = testing::freshDir("stats-settings");
    {
        io::StatsStore s(dir);
        CHECK(s.saveSetting("event", "Festival"));
        CHECK(s.saveSetting("event", "Fête"));
    }
    io::StatsStore s(dir);
    CHECK(s.setting("event") == "Fête");
    CHECK_FALSE(s.setting("missing").has_value());
}

TEST_CASE("a corrupt file or one that is not a database is moved aside, never deleted") {
    for (const std::string& bytes : {std::string(8192, '\x5a'), std::string("SQLite format 3") + std::string(1, '\0') + std::string(4000, '\x01')}) {
        const std::string dir = testing::freshDir("stats-corrupt");
        fs::create_directories(dir);
        { std::ofstream(dir + "/stats.db", std::ios::binary) << bytes; }
        io::StatsStore s(dir);
        REQUIRE(s.available());
        CHECK(s.notice().find("moved to") != std::string::npos);
        CHECK(asideCount(dir) == 1);
        sessions(s, 5);
        CHECK(testing::storedCount(s, "sessions.started") == 5);
    }
}

TEST_CASE("a file holding what Repère never writes is foreign: moved aside, the team told") {
    const char* const kForeign[] = {
        "CREATE VIEW leak AS SELECT * FROM counters;",
        "CREATE TRIGGER copy AFTER INSERT ON counters BEGIN INSERT INTO settings VALUES (new.metric, new.day); END;",
        "CREATE TABLE visitors (seen TEXT);",
        "CREATE INDEX by_metric ON counters (metric);",
    };
    for (const char* extra : kForeign) {
        CAPTURE(extra);
        const std::string dir = testing::freshDir("stats-foreign");
        { io::StatsStore s(dir); REQUIRE(s.available()); }
        sqlite3* db = openRaw(dir);
        REQUIRE(sqlite3_exec(db, extra, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
        io::StatsStore s(dir);
        REQUIRE(s.available());
        CHECK(s.notice().find("never writes") != std::string::npos);
        CHECK(asideCount(dir) == 1);
    }
}

TEST_CASE("stored values are validated: a bad day, text count, huge count or odd metric is not shown") {
    const std::string dir = testing::freshDir("stats-values");
    { io::StatsStore s(dir); sessions(s, 5); }
    sqlite3* db = openRaw(dir);
    REQUIRE(sqlite3_exec(db,
                         "INSERT INTO counters VALUES ('2026-13-45', '', 'sessions.started', 3);"
                         "INSERT INTO counters VALUES ('2026-11-27', '', 'crisis.raised', 'many');"
                         "INSERT INTO counters VALUES ('2026-11-27', '', 'results.shown', 9223372036854775807);"
                         "INSERT INTO counters VALUES ('2026-11-27', '', '=HYPERLINK(x)', 7);"
                         "INSERT INTO counters VALUES ('2026-11-27', char(27) || '[2J', 'useful.no', 7);",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    io::StatsStore s(dir);
    int rejected = 0;
    const auto rows = s.counters(&rejected);
    CHECK(rejected == 5);
    CHECK(rows.size() == kFinished.size());
    CHECK(core::isDay("2028-02-29"));
    CHECK_FALSE(core::isDay("2027-02-29"));
    CHECK_FALSE(core::isDay("2026-11-7 "));
}

TEST_CASE("a store that cannot be created keeps whole batches in memory, reports it, never throws") {
    io::StatsStore s("/dev/null/repere");
    CHECK_FALSE(s.available());
    CHECK_FALSE(s.problem().empty());
    sessions(s, 5);
    CHECK(s.batchesWaiting() == 1);
    CHECK(s.counters().empty());
    CHECK_FALSE(s.saveSetting("a", "b"));
}

TEST_CASE("a path SQLite cannot open is reported and left in place, never moved aside") {
    const std::string dir = testing::freshDir("stats-cantopen");
    fs::create_directories(dir + "/stats.db");  // a directory where the file should be
    io::StatsStore s(dir);
    CHECK_FALSE(s.available());
    CHECK_FALSE(s.problem().empty());
    CHECK(s.notice().empty());
    CHECK(fs::is_directory(dir + "/stats.db"));
    CHECK(asideCount(dir) == 0);
}

TEST_CASE("a full disk loses nothing and moves nothing aside: batches wait and are written once space is back") {
    const std::string dir = testing::freshDir("stats-full");
    io::StatsStore s(dir);
    sessions(s, 5);
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    getrlimit(RLIMIT_FSIZE, &old);
    rlimit tight = old;
    tight.rlim_cur = 4096;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &tight) == 0);
    bool failed = false;
    for (int i = 0; i < 200 && !failed; ++i) {
        failed = !s.recordSession("2026-11-27", {"sessions.started", "metric." + std::to_string(i) + std::string(50, 'x')});
    }
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, SIG_DFL);
    REQUIRE(failed);
    CHECK_FALSE(s.problem().empty());
    CHECK(s.batchesWaiting() > 0);
    CHECK(asideCount(dir) == 0);
    sessions(s, 5);
    CHECK(s.batchesWaiting() == 0);
    CHECK(s.problem().empty());
    CHECK(testing::storedCount(s, "sessions.started") % 5 == 0);
    CHECK(testing::storedCount(s, "sessions.started") >= 15);
}

TEST_CASE("a locked database: the batch waits in memory, then goes through; nothing moved aside") {
    const std::string dir = testing::freshDir("stats-locked");
    io::StatsStore s(dir);
    REQUIRE(s.available());
    sqlite3* other = openRaw(dir);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    sessions(s, 5);
    CHECK(s.batchesWaiting() == 1);
    sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    sessions(s, 5);
    CHECK(testing::storedCount(s, "sessions.started") == 10);
    CHECK(asideCount(dir) == 0);
}

TEST_CASE("a database from a newer version is left untouched") {
    const std::string dir = testing::freshDir("stats-newer");
    fs::create_directories(dir);
    sqlite3* db = openRaw(dir);
    sqlite3_exec(db, "CREATE TABLE future (x); PRAGMA user_version = 99;", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    io::StatsStore s(dir);
    CHECK_FALSE(s.available());
    CHECK(s.problem().find("newer") != std::string::npos);
    CHECK(asideCount(dir) == 0);
}

TEST_CASE("a file from the WAL days is rewritten: its per-session history is gone from the raw bytes") {
    const std::string dir = testing::freshDir("stats-upgrade");
    fs::create_directories(dir);
    sqlite3* db = openRaw(dir);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL;"
                     "CREATE TABLE counters (day TEXT NOT NULL CHECK (length(day) = 10), event TEXT NOT NULL, metric TEXT NOT NULL,"
                     " count INTEGER NOT NULL CHECK (count >= 0), PRIMARY KEY (day, event, metric)) WITHOUT ROWID;"
                     "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID; PRAGMA user_version = 1;",
                 nullptr, nullptr, nullptr);
    for (int i = 0; i < 300; ++i) {  // one transaction per session, as the first version wrote (past 127: the record grows)
        sqlite3_exec(db, "INSERT INTO counters VALUES ('2026-11-27', '', 'sessions.started', 1) "
                         "ON CONFLICT DO UPDATE SET count = count + 1", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
    io::StatsStore s(dir);
    REQUIRE(s.available());
    CHECK(testing::storedCount(s, "sessions.started") == 300);
    const auto records = testing::rawRecordsIn(dir);
    const auto states = testing::sessionStates(records);
    REQUIRE(states.size() == 1);
    CHECK(states.begin()->second == std::set<int64_t>{300});  // only the current state is left
}

namespace {
// Every file in `dir` is the owner's alone.
void onlyOwnerCanRead(const std::string& dir) {
    for (const auto& e : fs::directory_iterator(dir)) {
        struct stat st {};
        REQUIRE(lstat(e.path().c_str(), &st) == 0);
        CAPTURE(e.path().string());
        CHECK((st.st_mode & 077) == 0);
    }
}
} // namespace

TEST_CASE("no store file is ever wider than 0600, whatever the umask, and a full disk leaves no empty file behind") {
    const mode_t saved = umask(0);  // the widest umask there is
    SUBCASE("a fresh directory, then a batch") {
        const std::string dir = testing::freshDir("stats-mode");
        io::StatsStore s(dir);
        REQUIRE(s.available());
        sessions(s, 5);
        REQUIRE(s.saveSetting(core::setting::kPinHash, *core::hashPin("480375")));  // with its marker
        onlyOwnerCanRead(dir);
        struct stat st {};
        REQUIRE(stat(dir.c_str(), &st) == 0);
        CHECK((st.st_mode & 077) == 0);  // a directory the store made
    }
    SUBCASE("a fresh directory on a full disk") {
        const std::string dir = testing::freshDir("stats-mode-full");
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit none = old;
        none.rlim_cur = 0;  // not one byte may be written: the disk is full from the start
        REQUIRE(setrlimit(RLIMIT_FSIZE, &none) == 0);
        io::StatsStore s(dir);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, SIG_DFL);
        CHECK_FALSE(s.available());
        CHECK(s.trouble() != io::StoreTrouble::None);
        CHECK_FALSE(fs::exists(dir + "/stats.db"));  // the empty file made for the open is gone
        onlyOwnerCanRead(dir);
        // Space back: the store opens on the next write, and its file is the owner's alone.
        sessions(s, 5);
        CHECK(s.available());
        onlyOwnerCanRead(dir);
    }
    umask(saved);
}
