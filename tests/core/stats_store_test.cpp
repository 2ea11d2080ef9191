// The statistics store: counters, schema, settings, and every way the disk can fail.
#include <doctest/doctest.h>

#include <sqlite3.h>
#include <sys/resource.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <set>

#include "core/stats_store.h"
#include "support/scratch.h"

namespace fs = std::filesystem;

TEST_CASE("records marginal counters per day and event") {
    core::StatsStore s(testing::freshDir("stats-basic"));
    REQUIRE(s.available());
    CHECK(s.record("2026-11-27", "", {"sessions.started", "sessions.finished", "level.use.high"}));
    CHECK(s.record("2026-11-27", "", {"sessions.started", "sessions.abandoned"}));
    CHECK(s.record("2026-11-28", "festival", {"sessions.started"}));
    CHECK(testing::storedCount(s, "sessions.started") == 3);
    CHECK(testing::storedCount(s, "level.use.high") == 1);
    const auto rows = s.counters();
    CHECK(rows.size() == 5);
    CHECK(rows.back().event == "festival");
    CHECK(s.problem().empty());
}

TEST_CASE("the schema can hold no time of day and no person") {
    const std::string dir = testing::freshDir("stats-schema");
    { core::StatsStore s(dir); REQUIRE(s.available()); }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir + "/stats.db").c_str(), &db) == SQLITE_OK);
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
    // A timestamp does not fit where a day goes.
    CHECK(sqlite3_exec(db, "INSERT INTO counters VALUES ('2026-11-27 23:10', '', 'x', 1)", nullptr, nullptr, nullptr) ==
          SQLITE_CONSTRAINT);
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == core::StatsStore::kSchemaVersion);
    sqlite3_finalize(st);
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "wal");
    sqlite3_finalize(st);
    sqlite3_close(db);
}

TEST_CASE("settings round-trip and survive reopening") {
    const std::string dir = testing::freshDir("stats-settings");
    {
        core::StatsStore s(dir);
        CHECK(s.saveSetting("event", "Festival"));
        CHECK(s.saveSetting("event", "Fête"));
    }
    core::StatsStore s(dir);
    CHECK(s.setting("event") == "Fête");
    CHECK_FALSE(s.setting("missing").has_value());
}

TEST_CASE("a corrupt file is moved aside, never deleted, and a fresh one started") {
    const std::string dir = testing::freshDir("stats-corrupt");
    fs::create_directories(dir);
    { std::ofstream(dir + "/stats.db", std::ios::binary) << std::string(8192, '\x5a'); }
    core::StatsStore s(dir);
    REQUIRE(s.available());
    CHECK(s.notice().find("moved to") != std::string::npos);
    int aside = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().filename().string().rfind("stats.db.corrupt-", 0) == 0) {
            ++aside;
            CHECK(fs::file_size(e.path()) == 8192);
        }
    }
    CHECK(aside == 1);
    CHECK(s.record("2026-11-27", "", {"sessions.started"}));
}

TEST_CASE("a store that cannot be created keeps counts in memory, reports it, never throws") {
    core::StatsStore s("/dev/null/repere");
    CHECK_FALSE(s.available());
    CHECK_FALSE(s.problem().empty());
    CHECK_FALSE(s.record("2026-11-27", "", {"sessions.started", "sessions.finished"}));
    CHECK(s.pendingCount() == 2);
    CHECK(s.counters().empty());
    CHECK_FALSE(s.saveSetting("a", "b"));
}

TEST_CASE("a full disk loses nothing: counts wait and are written once space is back") {
    const std::string dir = testing::freshDir("stats-full");
    core::StatsStore s(dir);
    REQUIRE(s.record("2026-11-27", "", {"sessions.started"}));
    // Simulate a full disk: no file may grow past its current size.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    getrlimit(RLIMIT_FSIZE, &old);
    rlimit tight = old;
    tight.rlim_cur = 4096;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &tight) == 0);
    bool failed = false;
    for (int i = 0; i < 200 && !failed; ++i) {
        failed = !s.record("2026-11-27", "", {"metric." + std::to_string(i) + std::string(200, 'x')});
    }
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, SIG_DFL);
    REQUIRE(failed);
    CHECK_FALSE(s.problem().empty());
    CHECK(s.pendingCount() > 0);
    CHECK(s.record("2026-11-27", "", {"sessions.started"}));
    CHECK(s.pendingCount() == 0);
    CHECK(s.problem().empty());
    CHECK(testing::storedCount(s, "sessions.started") == 2);
    int64_t metrics = 0;
    for (const auto& r : s.counters()) if (r.metric.rfind("metric.", 0) == 0) metrics += r.count;
    CHECK(metrics >= 1);
}

TEST_CASE("a locked database: the record waits in memory, then goes through") {
    const std::string dir = testing::freshDir("stats-locked");
    core::StatsStore s(dir);
    REQUIRE(s.available());
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open((dir + "/stats.db").c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK_FALSE(s.record("2026-11-27", "", {"sessions.started"}));
    CHECK(s.pendingCount() == 1);
    sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    CHECK(s.record("2026-11-27", "", {"sessions.finished"}));
    CHECK(testing::storedCount(s, "sessions.started") == 1);
}

TEST_CASE("a database from a newer version is left untouched") {
    const std::string dir = testing::freshDir("stats-newer");
    fs::create_directories(dir);
    sqlite3* db = nullptr;
    sqlite3_open((dir + "/stats.db").c_str(), &db);
    sqlite3_exec(db, "CREATE TABLE future (x); PRAGMA user_version = 99;", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    core::StatsStore s(dir);
    CHECK_FALSE(s.available());
    CHECK(s.problem().find("newer") != std::string::npos);
}
