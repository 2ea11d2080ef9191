// The one place the kiosk writes to disk: anonymous marginal counters per day and event
// label, and the worker's settings, in SQLite (WAL, synchronous=FULL, one transaction
// per session). It never holds a row per person, a combination of answers or a time
// finer than the day. It never throws and never takes the kiosk down: a failing store
// reports a problem, keeps the counts in memory and retries; a corrupt file is moved
// aside (never deleted) and a fresh one started.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

struct sqlite3;

namespace core {

struct CounterRow {
    std::string day;    // YYYY-MM-DD
    std::string event;  // event label set by the worker ("" when none)
    std::string metric; // e.g. "sessions.finished", "level.debt.high"
    int64_t count = 0;
};

class StatsStore {
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr const char* kFileName = "stats.db";

    explicit StatsStore(std::string directory);
    ~StatsStore();
    StatsStore(const StatsStore&) = delete;
    StatsStore& operator=(const StatsStore&) = delete;

    bool available() const { return db_ != nullptr; }
    // What went wrong last, for the worker panel; empty while all is well.
    const std::string& problem() const { return problem_; }
    // Something the worker should know that is not a failure (a corrupt file moved aside).
    const std::string& notice() const { return notice_; }
    const std::string& path() const { return path_; }
    const std::string& directory() const { return directory_; }

    // Adds 1 to each metric for (day, event) in one transaction. On failure the counts
    // wait in memory and go with the next successful record. False on failure.
    bool record(const std::string& day, const std::string& event, const std::vector<std::string>& metrics);
    size_t pendingCount() const { return pending_.size(); }

    std::vector<CounterRow> counters() const;  // what is stored (pending counts not included)

    std::optional<std::string> setting(const std::string& key) const;
    bool saveSetting(const std::string& key, const std::string& value);

private:
    void open();
    bool exec(const char* sql);
    bool migrate();
    void moveAside(const std::string& why);
    bool writePending();

    std::string directory_, path_;
    sqlite3* db_ = nullptr;
    std::string problem_, notice_;
    std::map<std::tuple<std::string, std::string, std::string>, int64_t> pending_;
};

// Today's date as YYYY-MM-DD in local time (the finest time the store ever keeps).
std::string localDay();

} // namespace core
