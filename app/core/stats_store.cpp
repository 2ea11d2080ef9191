// SQLite statistics store: schema, migrations, failure handling.
#include "core/stats_store.h"

#include <sqlite3.h>

#include <ctime>
#include <filesystem>
#include <system_error>

namespace core {
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

std::string localTime(const char* format) {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, format, &tm);
    return buf;
}

// For naming a damaged file moved aside; never stored in the database.
std::string stamp() { return localTime("%Y%m%d-%H%M%S"); }

} // namespace

std::string localDay() { return localTime("%Y-%m-%d"); }

StatsStore::StatsStore(std::string directory) : directory_(std::move(directory)) {
    path_ = (fs::path(directory_) / kFileName).string();
    open();
}

StatsStore::~StatsStore() {
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
    for (const char* suffix : {"-wal", "-shm"}) {
        if (fs::exists(path_ + suffix, ec)) fs::rename(path_ + suffix, aside + suffix, ec);
    }
    notice_ = "the statistics file was damaged (" + why + "); it was moved to " + aside + " and a new one started";
}

void StatsStore::open() {
    std::error_code ec;
    fs::create_directories(directory_, ec);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
            problem_ = "cannot open " + path_ + ": " + (db_ ? sqlite3_errmsg(db_) : "out of memory");
            if (db_) sqlite3_close(db_);
            db_ = nullptr;
            return;
        }
        sqlite3_busy_timeout(db_, 2000);
        sqlite3_stmt* check = nullptr;
        std::string verdict = "unreadable";
        if (sqlite3_prepare_v2(db_, "PRAGMA quick_check", -1, &check, nullptr) == SQLITE_OK &&
            sqlite3_step(check) == SQLITE_ROW) {
            verdict = reinterpret_cast<const char*>(sqlite3_column_text(check, 0));
        } else {
            verdict = sqlite3_errmsg(db_);
        }
        sqlite3_finalize(check);
        if (verdict == "ok") break;
        if (attempt == 1) { problem_ = "statistics database still unusable: " + verdict; sqlite3_close(db_); db_ = nullptr; return; }
        moveAside(verdict);
    }
    if (!exec("PRAGMA journal_mode=WAL") || !exec("PRAGMA synchronous=FULL") || !migrate()) {
        sqlite3_close(db_);
        db_ = nullptr;
    }
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
        if (!exec(sql.c_str())) { exec("ROLLBACK"); return false; }
    }
    return true;
}

bool StatsStore::writePending() {
    if (!db_) return false;
    if (!exec("BEGIN IMMEDIATE")) return false;
    sqlite3_stmt* st = nullptr;
    const char* sql = "INSERT INTO counters (day, event, metric, count) VALUES (?1, ?2, ?3, ?4) "
                      "ON CONFLICT (day, event, metric) DO UPDATE SET count = count + excluded.count";
    bool ok = sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) == SQLITE_OK;
    for (auto it = pending_.begin(); ok && it != pending_.end(); ++it) {
        const auto& [day, event, metric] = it->first;
        sqlite3_bind_text(st, 1, day.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, event.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, metric.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 4, it->second);
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
    }
    if (!ok) problem_ = std::string("statistics not saved: ") + sqlite3_errmsg(db_);
    sqlite3_finalize(st);
    if (ok && exec("COMMIT")) {
        pending_.clear();
        problem_.clear();
        return true;
    }
    if (ok) problem_ = std::string("statistics not saved: ") + sqlite3_errmsg(db_);
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}

bool StatsStore::record(const std::string& day, const std::string& event, const std::vector<std::string>& metrics) {
    for (const auto& m : metrics) ++pending_[{day, event, m}];
    if (!db_) {
        // Retry opening: the disk may have been remounted or freed since.
        open();
        if (!db_) return false;
    }
    return writePending();
}

std::vector<CounterRow> StatsStore::counters() const {
    std::vector<CounterRow> rows;
    if (!db_) return rows;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, "SELECT day, event, metric, count FROM counters ORDER BY day, event, metric", -1, &st,
                           nullptr) != SQLITE_OK) {
        return rows;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        auto text = [&](int i) { const unsigned char* t = sqlite3_column_text(st, i); return t ? std::string(reinterpret_cast<const char*>(t)) : std::string(); };
        rows.push_back({text(0), text(1), text(2), sqlite3_column_int64(st, 3)});
    }
    sqlite3_finalize(st);
    return rows;
}

std::optional<std::string> StatsStore::setting(const std::string& key) const {
    if (!db_) return std::nullopt;
    sqlite3_stmt* st = nullptr;
    std::optional<std::string> value;
    if (sqlite3_prepare_v2(db_, "SELECT value FROM settings WHERE key = ?1", -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, key.c_str(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(st) == SQLITE_ROW) value = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
    return value;
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
    sqlite3_finalize(st);
    return ok;
}

} // namespace core
