// Privacy audit of everything the program wrote, after a monkey run that finished many
// sessions: only the statistics database (no journal, WAL or shm left), holding only
// marginal counters per day (no answer id or text, no time finer than the day, no row per
// person), whose raw bytes hold no earlier state closer than a batch of five sessions to
// another, with file times no finer than the day; and a statistics export that keeps the
// small-cell rule.
// Usage: privacy_audit DATA_DIR CONTENT_DIR EXPORT_CSV
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>
#include <sstream>

#include <sqlite3.h>

#include "io/content/content_file.h"
#include "core/content/content_loader.h"
#include "core/stats/stats_batch.h"
#include "core/stats/stats_metrics.h"
#include "core/team/team_pin.h"
#include "support/raw_records.h"
#include "support/spreadsheet_csv.h"

#include <sys/stat.h>
#include <ctime>

namespace fs = std::filesystem;

namespace {

int failures = 0;
void fail(const std::string& what) {
    std::cerr << "privacy: " << what << '\n';
    ++failures;
}

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void auditBytes(const core::Content& c, const fs::path& file) {
    const std::string bytes = readAll(file);
    for (const auto& q : c.questions) {
        for (const auto& a : q.answers) {
            if (bytes.find(q.id + "." + a.id) != std::string::npos) fail(file.string() + " holds answer id " + q.id + "." + a.id);
            for (const auto& text : a.text.byLanguage) {
                if (text.size() >= 12 && bytes.find(text) != std::string::npos) fail(file.string() + " holds answer text «" + text + "»");
            }
        }
    }
    // A clock time (hh:mm) anywhere in the files would be a time finer than the day.
    static const std::regex clock(R"(\b[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?\b)");
    if (std::regex_search(bytes, clock)) fail(file.string() + " holds a time of day");
}

void auditDatabase(const core::Content& c, const fs::path& db) {
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) { fail("cannot open " + db.string()); return; }
    const std::vector<std::string> names = core::allMetricNames(c);  // the program's own table, not a copy
    const std::set<std::string> allowed(names.begin(), names.end());
    sqlite3_stmt* st = nullptr;
    std::set<std::string> days;
    int rows = 0;
    sqlite3_prepare_v2(handle, "SELECT day, event, metric, count FROM counters", -1, &st, nullptr);
    static const std::regex day(R"(\d{4}-\d{2}-\d{2})");
    while (sqlite3_step(st) == SQLITE_ROW) {
        ++rows;
        const std::string d = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        const std::string metric = reinterpret_cast<const char*>(sqlite3_column_text(st, 2));
        if (!std::regex_match(d, day)) fail("counter day is not a plain day: " + d);
        if (!allowed.count(metric)) fail("unexpected counter: " + metric);
        days.insert(d);
    }
    sqlite3_finalize(st);
    // Rows grow with days and metrics, never with people.
    if (rows > static_cast<int>(allowed.size() * days.size())) fail("more rows than marginal counters");
    sqlite3_prepare_v2(handle, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const std::string table = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        if (table != "counters" && table != "settings") fail("unexpected table " + table);
    }
    sqlite3_finalize(st);
    sqlite3_prepare_v2(handle, "SELECT key FROM settings", -1, &st, nullptr);
    const std::set<std::string> keys = {"event", "region", "language", "idle_seconds", "demo", "pin_hash", "pin_failures", "stand"};
    while (sqlite3_step(st) == SQLITE_ROW) {
        const std::string key = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        if (!keys.count(key)) fail("unexpected setting " + key);
    }
    sqlite3_finalize(st);
    sqlite3_close(handle);
    std::cout << rows << " counter rows over " << days.size() << " day(s)\n";
}

// What someone holding the disk could reconstruct from the raw bytes: every state must be
// a whole number of batches away from every other.
void auditRawBytes(const fs::path& dir) {
    const auto records = testing::rawRecordsIn(dir.string());
    if (records.empty()) fail("the raw scan found no counter record at all: it would not see a leak either");
    const std::string close = testing::statesCloserThanABatch(records);
    if (!close.empty()) fail("states closer than a batch can be rebuilt from the raw bytes: " + close);
    for (const auto& [key, counts] : testing::sessionStates(records)) {
        for (int64_t c : counts) if (c % core::kBatchSessions != 0) fail("a stored session count is not whole batches: " + std::to_string(c));
    }
    std::cout << records.size() << " raw records found in the files' bytes\n";
}

// File times say no more than the day: modification and access times at local midnight.
void auditFileTimes(const fs::path& file) {
    struct stat st {};
    if (stat(file.c_str(), &st) != 0) return;
    for (const std::time_t t : {st.st_mtime, st.st_atime}) {
        std::tm tm{};
        localtime_r(&t, &tm);
        if (tm.tm_hour || tm.tm_min || tm.tm_sec) fail(file.string() + " has a time finer than the day");
    }
}

void auditExport(const fs::path& csv) {
    std::ifstream in(csv, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const testing::Spreadsheet sheet = testing::readSpreadsheetCsv(bytes, ';');
    if (!sheet.ok) { fail("export is not a clean table: " + sheet.error); return; }
    int cells = 0;
    for (size_t i = 1; i < sheet.rows.size() && sheet.rows[i].size() == 3; ++i) {
        const std::string& count = sheet.rows[i][2];
        ++cells;
        if (count == "<5" || count == "*") continue;
        if (count.empty() || count.find_first_not_of("0123456789") != std::string::npos || std::stoll(count) < 5) {
            fail("export shows a small cell: " + sheet.rows[i][0] + " / " + sheet.rows[i][1] + " = " + count);
        }
    }
    if (cells == 0) fail("export holds no cell");
    std::cout << cells << " exported cells checked\n";
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) { std::cerr << "usage: privacy_audit DATA_DIR CONTENT_DIR EXPORT_CSV\n"; return 2; }
    const core::LoadResult loaded = io::loadContent(argv[2]);
    if (!loaded.content) { std::cerr << "content does not load\n"; return 2; }
    const std::set<std::string> expected = {"stats.db", core::kPinMarkerFile};  // the marker only if the monkey chose a PIN
    int files = 0;
    for (const auto& e : fs::recursive_directory_iterator(argv[1])) {
        if (!e.is_regular_file()) continue;
        ++files;
        if (!expected.count(e.path().filename().string())) fail("unexpected file written: " + e.path().string());
        auditFileTimes(e.path());  // first: reading the bytes below moves the access time
        auditBytes(*loaded.content, e.path());
    }
    if (files == 0) fail("nothing was written: the audit audited nothing");
    auditRawBytes(argv[1]);
    auditDatabase(*loaded.content, fs::path(argv[1]) / "stats.db");
    auditExport(argv[3]);
    std::cout << files << " file(s) audited, " << failures << " problem(s)\n";
    return failures ? 1 : 0;
}
