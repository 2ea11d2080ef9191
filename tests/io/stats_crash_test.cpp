// Crash safety: a child process records whole sessions in a loop and is killed at random
// moments; each time the files read raw must hold no state closer than a batch to another,
// and the database must pass integrity_check, hold only whole batches of whole sessions
// and have lost no more than the open batch.
#include <doctest/doctest.h>

#include <sqlite3.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <thread>

#include "io/store/stats_store.h"
#include "support/raw_records.h"

namespace {

// A session's counters: every one of them or none must be in the file.
const std::vector<std::string> kSession = {"sessions.started", "sessions.finished", "language.fr", "results.shown",
                                           "level.use.high", "level.debt.low", "crisis.raised"};

// Counts, in memory shared with the parent, the sessions whose recording returned.
[[noreturn]] void recordForever(const std::string& dir, volatile int64_t* completed) {
    io::StatsStore store(dir);
    for (;;) {
        store.recordSession("2026-11-27", kSession);
        *completed = *completed + 1;
    }
}

std::map<std::string, int64_t> readCounts(const std::string& dir, std::string& integrity) {
    std::map<std::string, int64_t> counts;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir + "/stats.db").c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
    integrity = sqlite3_step(st) == SQLITE_ROW ? reinterpret_cast<const char*>(sqlite3_column_text(st, 0)) : "no answer";
    sqlite3_finalize(st);
    if (sqlite3_prepare_v2(db, "SELECT metric, count FROM counters", -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) counts[reinterpret_cast<const char*>(sqlite3_column_text(st, 0))] = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return counts;
}

} // namespace

TEST_CASE("killed while recording: never corrupt, never half a session") {
    const std::string dir = (std::filesystem::temp_directory_path() / ("repere-crash-" + std::to_string(getpid()))).string();
    std::filesystem::remove_all(dir);
    std::mt19937 rng(42);
    // 40 in every test run; REPERE_CRASH_ROUNDS=500 for the long proof (README).
    const char* env = std::getenv("REPERE_CRASH_ROUNDS");
    const int rounds = env ? std::max(1, std::atoi(env)) : 40;
    int64_t lastCount = 0;
    auto* completed = static_cast<volatile int64_t*>(
        mmap(nullptr, sizeof(int64_t), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
    REQUIRE(reinterpret_cast<void*>(const_cast<int64_t*>(completed)) != MAP_FAILED);
    for (int round = 0; round < rounds; ++round) {
        *completed = lastCount;
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) recordForever(dir, completed);
        std::this_thread::sleep_for(std::chrono::microseconds(2000 + rng() % 40000));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        CAPTURE(round);
        // What someone holding the disk right after the kill could reconstruct.
        CHECK(testing::statesCloserThanABatch(testing::rawRecordsIn(dir)).empty());
        std::string integrity;
        const auto counts = readCounts(dir, integrity);
        REQUIRE(integrity == "ok");
        const int64_t sessions = counts.count("sessions.started") ? counts.at("sessions.started") : 0;
        for (const auto& metric : kSession) {
            CAPTURE(metric);
            CHECK((counts.count(metric) ? counts.at(metric) : 0) == sessions);
        }
        CHECK(sessions % core::kBatchSessions == 0);
        CHECK(sessions >= lastCount);               // nothing committed is ever lost
        const int64_t done = *completed;
        CHECK(done - sessions < core::kBatchSessions);  // at most the open batch
        lastCount = sessions;
    }
    munmap(const_cast<int64_t*>(completed), sizeof(int64_t));
    CHECK(lastCount > 0);
    std::filesystem::remove_all(dir);
}
