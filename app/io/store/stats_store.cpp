// SQLite statistics store: schema and its checks, batches written whole, failure handling.
#include "io/store/stats_store.h"

#include "core/team/event_label.h"
#include "io/store/file_privacy.h"
#include "io/machine/local_clock.h"
#include "io/store/whole_file.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <set>
#include <system_error>
#include <utility>

#include "core/kiosk/kiosk.h"

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

StoreTrouble troubleOf(int code) {
    switch (code & 0xff) {
    case SQLITE_FULL: return StoreTrouble::Full;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_CANTOPEN: return StoreTrouble::NoAccess;
    case SQLITE_IOERR: return StoreTrouble::DiskError;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreTrouble::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return StoreTrouble::Damaged;
    default: return StoreTrouble::Other;
    }
}

StoreTrouble troubleOfErrno(int error) {
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG: return StoreTrouble::Full;
    case EROFS:
    case EACCES:
    case EPERM: return StoreTrouble::NoAccess;
    case EIO: return StoreTrouble::DiskError;
    default: return StoreTrouble::Other;
    }
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

void StatsStore::fail(int sqliteCode, std::string text) {
    problem_ = std::move(text);
    trouble_ = troubleOf(sqliteCode);
}

bool StatsStore::exec(const char* sql) {
    char* error = nullptr;
    const int code = sqlite3_exec(db_, sql, nullptr, nullptr, &error);
    if (code == SQLITE_OK) return true;
    fail(code, std::string("statistics database: ") + (error ? error : "unknown error"));
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
    movedTo_ = aside;
}

void StatsStore::open() {
    std::error_code ec;
    if (!fs::exists(directory_, ec)) {
        fs::create_directories(directory_, ec);
        if (!ec) fs::permissions(directory_, fs::perms::owner_all, ec);  // a directory we made: the team's alone
    }
    // A second try only after a corrupt or foreign file was moved aside.
    if (openOrMoveAside() && openOrMoveAside()) {
        fail(SQLITE_CORRUPT, "statistics database still unusable after moving the old file aside");
    }
}

// SQLite would create a missing file with 0644 less the umask: it is made here first,
// empty and 0600, so no moment exists when it is readable by others (the journal SQLite
// makes beside it takes the same mode). Returns whether this call created it.
bool StatsStore::createPrivately() { return createWholeFile(path_, "", Readers::Owner).ok; }

// Opens, checks and prepares the file. Returns true when the file was moved aside
// (notice_ says why) and a fresh start may succeed; otherwise db_ is open, or closed with
// problem_ saying why and the file left where it is.
bool StatsStore::openOrMoveAside() {
    std::error_code ec;
    problem_.clear();
    const bool created = createPrivately();
    // A file this call created and left empty is removed when the open fails (a full
    // disk), so a failed start leaves the directory as it found it.
    auto dropCreated = [&] {
        std::error_code sizeError;
        if (created && fs::file_size(fs::u8path(path_), sizeError) == 0 && !sizeError) fs::remove(fs::u8path(path_), sizeError);
    };
    const int opened = sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (opened != SQLITE_OK) {
        fail(opened, "cannot open " + path_ + ": " + (db_ ? sqlite3_errmsg(db_) : "out of memory"));
        if (db_) sqlite3_close(db_);
        db_ = nullptr;
        dropCreated();
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
        fail(code, "cannot read " + path_ + ": " + verdict);
        sqlite3_close(db_);
        db_ = nullptr;
        dropCreated();
        return false;
    }
    if (code != SQLITE_OK || verdict != "ok") { moveAside(verdict); return true; }
    if (!migrate() || !configure()) {
        if (problem_.empty()) fail(sqlite3_extended_errcode(db_), "statistics database: " + std::string(sqlite3_errmsg(db_)));
        sqlite3_close(db_);
        db_ = nullptr;
        dropCreated();
        return false;
    }
    const std::string foreign = foreignObjects();
    if (!foreign.empty()) { moveAside("it holds " + foreign + ", which Repère never writes"); return true; }
    loadSettings();
    // A PIN stored before markers existed gets its marker now, so that losing the PIN
    // later cannot reopen "choose a PIN".
    if (setting(core::setting::kPinHash) && !fs::exists(fs::path(directory_) / core::kPinMarkerFile, ec)) writePinMarker();
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
    if (mode != "delete") { fail(sqlite3_extended_errcode(db_), "statistics database: cannot leave WAL mode (" + std::string(sqlite3_errmsg(db_)) + ")"); return false; }
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
    if (version < 0) { fail(sqlite3_extended_errcode(db_), "statistics database: cannot read its schema version"); return false; }
    if (version > kSchemaVersion) {
        problem_ = "statistics database is from a newer Repère (schema " + std::to_string(version) + "); left untouched";
        trouble_ = StoreTrouble::Newer;
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
    setFileTimes((fs::path(directory_) / core::kPinMarkerFile).string(), start);
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
    if (!ok) fail(sqlite3_extended_errcode(db_), std::string("statistics not saved: ") + sqlite3_errmsg(db_));
    sqlite3_finalize(st);
    if (ok && exec("COMMIT")) {
        batches_.markWritten();
        problem_.clear();
        resetFileTimes();
        return true;
    }
    if (ok) fail(sqlite3_extended_errcode(db_), std::string("statistics not saved: ") + sqlite3_errmsg(db_));
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
    if (key == core::setting::kPinHash && !writePinMarker()) return false;
    sqlite3_stmt* st = nullptr;
    bool ok = sqlite3_prepare_v2(db_, "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value", -1, &st, nullptr) == SQLITE_OK;
    if (ok) {
        sqlite3_bind_text(st, 1, key.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, value.c_str(), -1, SQLITE_TRANSIENT);
        ok = sqlite3_step(st) == SQLITE_DONE;
    }
    if (!ok) fail(sqlite3_extended_errcode(db_), std::string("setting not saved: ") + sqlite3_errmsg(db_));
    else {
        settings_[key] = value;
        resetFileTimes();
    }
    sqlite3_finalize(st);
    return ok;
}

// The marker is written (and synced) before the PIN it announces, so a crash between the
// two leaves a marker without a PIN: a past, never a kiosk open to the first comer.
bool StatsStore::writePinMarker() {
    const std::string marker = (fs::path(directory_) / core::kPinMarkerFile).string();
    static const char kText[] =
        "A team PIN was set for this Repere data directory. If the PIN or the statistics file is lost,\n"
        "the screen will not offer to choose a new one: set it with `repere pin set --data DIR`.\n";
    const FileWritten written = replaceWholeFile(marker, kText, Readers::Owner);
    if (!written.ok) {
        problem_ = "PIN not saved: " + written.error;
        trouble_ = troubleOfErrno(written.errorNumber);
        return false;
    }
    resetFileTimes();
    return true;
}

int64_t StatsStore::rowCount(const char* table) const {
    sqlite3_stmt* st = nullptr;
    int64_t n = 0;
    const std::string sql = std::string("SELECT count(*) FROM ") + table;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int64(st, 0);
    else n = 1;  // unreadable: count it as a past, not as new
    sqlite3_finalize(st);
    return n;
}

core::StoreTraces StatsStore::traces() const {
    core::StoreTraces t;
    std::error_code ec;
    t.pinMarker = fs::exists(fs::symlink_status(fs::path(directory_) / core::kPinMarkerFile, ec));
    t.movedAside = !movedTo_.empty();
    for (fs::directory_iterator it(directory_, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name != kFileName && name != core::kPinMarkerFile) t.otherEntries.push_back(name);
    }
    if (ec) t.otherEntries.push_back("(the directory cannot be listed)");
    if (db_) {
        t.counterRows = rowCount("counters");
        t.settingRows = rowCount("settings");
        resetFileTimes();
    }
    return t;
}

} // namespace io
