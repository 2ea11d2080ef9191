// SQLite statistics store: schema and its checks, batches written whole, failure handling.
#include "io/stats_store.h"

#include "core/team/event_label.h"
#include "io/file_privacy.h"
#include "io/local_clock.h"

#include <sqlite3.h>

#include <ctime>
#include <filesystem>
#include <set>
#include <system_error>
#include <utility>

namespace io {

using namespace core;  // io works on the core's types
namespace fs = std::filesystem;
namespace {

// Migrations, in order: entry i takes the schema from version i to i + 1.
const char* const kMigrations[] = {
    // 0 -> 1: marginal counters and settings. No column can hold a time of day or a person.
    "CREATE TABLE counters ("
    "  day TEXT NOT NULL CHECK (length(day) = 10),"
    "  event TEXT NOT NULL,"
    "  metric TEXT NOT NULL,"
    "  count INTEGER NOT NULL CHECK (count >= 0),"
    "  PRIMARY KEY (day, event, metric)"
    ") WITHOUT ROWID;"
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == StatsStore::kSchemaVersion, "one migration per version");

// What the current schema holds, table by table; anything else makes the file foreign.
const std::pair<const char*, std::vector<std::string>> kTables[] = {
    {"counters", {"day", "event", "metric", "count"}},
    {"settings", {"key", "value"}},
};

// For naming a damaged file moved aside; never stored in the database.
std::string stamp() { return localStamp(); }

// SQLite's verdict that the bytes are not a usable database, as opposed to a disk or
// permission problem that the team can fix without losing the file.
bool saysCorrupt(int code) {
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

bool isMetric(const std::string& m) {
    if (m.empty() || m.size() > 64) return false;
    for (char c : m) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) return false;
    }
    return true;
}

bool isEventLabel(const std::string& e) {
    return e.empty() || core::isValidEventLabel(e);  // the panel's own rule, nothing looser
}

std::string columnText(sqlite3_stmt* st, int i) {
    const unsigned char* t = sqlite3_column_text(st, i);
    return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
}

} // namespace


StatsStore::StatsStore(std::string directory) : directory_(std::move(directory)) {
    path_ = (fs::path(directory_) / kFileName).string();
    open();
}

StatsStore::~StatsStore() {
    // Whole batches still waiting get one last try; an open batch of fewer than five
    // sessions is dropped by design (README, Privacy).
    if (db_ && !batches_.ready().empty()) writeReady();
    if (db_) sqlite3_close(db_);
}

bool StatsStore::exec(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) == SQLITE_OK) return true;
    problem_ = std::string("statistics database: ") + (error ? error : "unknown error");
    sqlite3_free(error);
    return false;
}

void StatsStore::moveAside(const std::string& why) {
    sqlite3_close(db_);
    db_ = nullptr;
    const std::string aside = path_ + ".corrupt-" + stamp();
    std::error_code ec;
    fs::rename(path_, aside, ec);
    for (const char* suffix : {"-journal", "-wal", "-shm"}) {
        if (fs::exists(path_ + suffix, ec)) fs::rename(path_ + suffix, aside + suffix, ec);
    }
    notice_ = "the statistics file was not usable (" + why + "); it was moved to " + aside + " and a new one started";
}

void StatsStore::open() {
    std::error_code ec;
    fs::create_directories(directory_, ec);
    // A second try only after a corrupt or foreign file was moved aside.
    if (openOrMoveAside() && openOrMoveAside()) {
        problem_ = "statistics database still unusable after moving the old file aside";
    }
}

// Opens, checks and prepares the file. Returns true when the file was moved aside
// (notice_ says why) and a fresh start may succeed; otherwise db_ is open, or closed with
// problem_ saying why and the file left where it is.
bool StatsStore::openOrMoveAside() {
    problem_.clear();
    if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        problem_ = "cannot open " + path_ + ": " + (db_ ? sqlite3_errmsg(db_) : "out of memory");
        if (db_) sqlite3_close(db_);
        db_ = nullptr;
        return false;
    }
    sqlite3_busy_timeout(db_, 2000);
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_stmt* check = nullptr;
    std::string verdict;
    int code = sqlite3_prepare_v2(db_, "PRAGMA quick_check", -1, &check, nullptr);
    if (code == SQLITE_OK) {
        code = sqlite3_step(check);
        if (code == SQLITE_ROW) { verdict = columnText(check, 0); code = SQLITE_OK; }
    }
    if (code != SQLITE_OK) verdict = sqlite3_errmsg(db_);
    sqlite3_finalize(check);
    if (code != SQLITE_OK && !saysCorrupt(code)) {
        problem_ = "cannot read " + path_ + ": " + verdict;
        sqlite3_close(db_);
        db_ = nullptr;
        return false;
    }
    if (code != SQLITE_OK || verdict != "ok") { moveAside(verdict); return true; }
    if (!migrate() || !configure()) {
        if (problem_.empty()) problem_ = "statistics database: " + std::string(sqlite3_errmsg(db_));
        sqlite3_close(db_);
        db_ = nullptr;
        return false;
    }
    const std::string foreign = foreignObjects();
    if (!foreign.empty()) { moveAside("it holds " + foreign + ", which Repère never writes"); return true; }
    loadSettings();
    keepToOwner(path_);  // the team's account only, whatever the umask
    resetFileTimes();  // reading the file at open moved its access time
    return false;
}

void StatsStore::loadSettings() {
    settings_.clear();
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, "SELECT key, value FROM settings", -1, &st, nullptr) != SQLITE_OK) return;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (sqlite3_column_type(st, 1) == SQLITE_TEXT) settings_[columnText(st, 0)] = columnText(st, 1);
    }
    sqlite3_finalize(st);
}

// Rollback journal deleted after each commit and deleted content zeroed: once a batch is
// committed no file keeps the state before it. A file from the WAL days is rewritten
// once, so its free pages lose the history they held.
bool StatsStore::configure() {
    sqlite3_stmt* st = nullptr;
    std::string before;
    if (sqlite3_prepare_v2(db_, "PRAGMA journal_mode", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        before = columnText(st, 0);
    }
    sqlite3_finalize(st);
    st = nullptr;
    std::string mode;
    if (sqlite3_prepare_v2(db_, "PRAGMA journal_mode=DELETE", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        mode = columnText(st, 0);
    }
    sqlite3_finalize(st);
    if (mode != "delete") { problem_ = "statistics database: cannot leave WAL mode (" + std::string(sqlite3_errmsg(db_)) + ")"; return false; }
    if (!exec("PRAGMA secure_delete=ON") || !exec("PRAGMA synchronous=FULL") || !exec("PRAGMA temp_store=MEMORY")) return false;
    sqlite3_stmt* free = nullptr;
    int64_t freePages = 0;
    if (sqlite3_prepare_v2(db_, "PRAGMA freelist_count", -1, &free, nullptr) == SQLITE_OK && sqlite3_step(free) == SQLITE_ROW) {
        freePages = sqlite3_column_int64(free, 0);
    }
    sqlite3_finalize(free);
    // A file from the WAL days may keep old records in unused space inside its pages too,
    // where the free-page count does not see them: it is rewritten whole once.
    return (freePages == 0 && before != "wal") || exec("VACUUM");
}

bool StatsStore::migrate() {
    sqlite3_stmt* st = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db_, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        version = sqlite3_column_int(st, 0);
    }
    sqlite3_finalize(st);
    if (version < 0) { problem_ = "statistics database: cannot read its schema version"; return false; }
    if (version > kSchemaVersion) {
        problem_ = "statistics database is from a newer Repère (schema " + std::to_string(version) + "); left untouched";
        return false;
    }
    for (; version < kSchemaVersion; ++version) {
        const std::string sql = std::string("BEGIN IMMEDIATE;") + kMigrations[version] +
                                "PRAGMA user_version = " + std::to_string(version + 1) + ";COMMIT;";
        if (!exec(sql.c_str())) { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); return false; }
    }
    return true;
}

// Names what the file holds beyond our tables and columns ("" when nothing): views,
// triggers, indexes or tables of someone else's making mean the file is not ours.
std::string StatsStore::foreignObjects() const {
    std::set<std::string> expected;
    for (const auto& t : kTables) expected.insert(t.first);
    std::string found;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, "SELECT type, name FROM sqlite_master", -1, &st, nullptr) != SQLITE_OK) return "an unreadable schema";
    while (sqlite3_step(st) == SQLITE_ROW) {
        const std::string type = columnText(st, 0), name = columnText(st, 1);
        if (type == "table" && expected.count(name)) continue;
        found = type + " '" + name + "'";
        break;
    }
    sqlite3_finalize(st);
    if (!found.empty()) return found;
    for (const auto& [table, columns] : kTables) {
        std::vector<std::string> actual;
        const std::string sql = std::string("SELECT name FROM pragma_table_info('") + table + "')";
        if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
            while (sqlite3_step(st) == SQLITE_ROW) actual.push_back(columnText(st, 0));
        }
        sqlite3_finalize(st);
        if (actual != columns) return std::string("a table '") + table + "' with other columns";
    }
    return "";
}

// File times say no more than the day: after each write the file and its directory are
// set back to local midnight. (The inode change time cannot be set by a program; it
// shows the time of the last batch or setting change.)
void StatsStore::resetFileTimes() const {
    const std::time_t start = startOfToday();
    setFileTimes(path_, start);
    setFileTimes(directory_, start);
}

bool StatsStore::writeReady() {
    if (batches_.ready().empty()) return true;
    if (!db_) {
        open();  // the disk may have been remounted or freed since
        if (!db_) return false;
    }
    if (!exec("BEGIN IMMEDIATE")) return false;
    sqlite3_stmt* st = nullptr;
    const char* sql = "INSERT INTO counters (day, event, metric, count) VALUES (?1, ?2, ?3, ?4) "
                      "ON CONFLICT (day, event, metric) DO UPDATE SET count = count + excluded.count";
    bool ok = sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) == SQLITE_OK;
    for (const Batch& batch : batches_.ready()) {
        for (auto it = batch.counts.begin(); ok && it != batch.counts.end(); ++it) {
            sqlite3_bind_text(st, 1, batch.day.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 2, batch.event.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 3, it->first.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(st, 4, it->second);
            ok = sqlite3_step(st) == SQLITE_DONE;
            sqlite3_reset(st);
        }
    }
    if (!ok) problem_ = std::string("statistics not saved: ") + sqlite3_errmsg(db_);
    sqlite3_finalize(st);
    if (ok && exec("COMMIT")) {
        batches_.markWritten();
        problem_.clear();
        resetFileTimes();
        return true;
    }
    if (ok) problem_ = std::string("statistics not saved: ") + sqlite3_errmsg(db_);
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}

bool StatsStore::recordSession(const std::string& day, const std::vector<std::string>& metrics) {
    batches_.addSession(day, metrics);
    return writeReady();
}

void StatsStore::recordLate(const std::string& day, const std::string& metric) { batches_.addCount(day, metric); }

std::vector<CounterRow> StatsStore::counters(int* rejected) const {
    std::vector<CounterRow> rows;
    if (rejected) *rejected = 0;
    if (!db_) return rows;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, "SELECT day, event, metric, count FROM counters ORDER BY day, event, metric", -1, &st,
                           nullptr) != SQLITE_OK) {
        return rows;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        CounterRow row{columnText(st, 0), columnText(st, 1), columnText(st, 2), sqlite3_column_int64(st, 3)};
        const bool valid = sqlite3_column_type(st, 3) == SQLITE_INTEGER && isDay(row.day) && isEventLabel(row.event) &&
                           isMetric(row.metric) && row.count >= 0 && row.count <= kMaxCount;
        if (valid) rows.push_back(std::move(row));
        else if (rejected) ++*rejected;
    }
    sqlite3_finalize(st);
    resetFileTimes();  // the team looked; the access time keeps saying only the day
    return rows;
}

std::optional<std::string> StatsStore::setting(const std::string& key) const {
    if (!db_) return std::nullopt;
    const auto it = settings_.find(key);
    return it == settings_.end() ? std::nullopt : std::optional<std::string>(it->second);
}

bool StatsStore::saveSetting(const std::string& key, const std::string& value) {
    if (!db_) { open(); if (!db_) return false; }
    sqlite3_stmt* st = nullptr;
    bool ok = sqlite3_prepare_v2(db_, "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value", -1, &st, nullptr) == SQLITE_OK;
    if (ok) {
        sqlite3_bind_text(st, 1, key.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, value.c_str(), -1, SQLITE_TRANSIENT);
        ok = sqlite3_step(st) == SQLITE_DONE;
    }
    if (!ok) problem_ = std::string("setting not saved: ") + sqlite3_errmsg(db_);
    else {
        settings_[key] = value;
        resetFileTimes();
    }
    sqlite3_finalize(st);
    return ok;
}

} // namespace io
