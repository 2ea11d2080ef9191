// The one place the kiosk writes to disk: anonymous marginal counters per day and event
// label, and the team's settings, in SQLite. What reaches the file:
// - counters only in batches of at least five sessions (stats_batch.h); a remainder of
//   fewer than five is never written (dropped at quit and at the change of day);
// - through a rollback journal that is deleted after each commit, with secure_delete on,
//   so neither a journal, a WAL nor a free page keeps an earlier state;
// - with the files' times set back to the start of the day after each write.
// It never throws and never takes the kiosk down: a failing store reports a problem and
// keeps whole batches in memory until a write succeeds. A file is moved aside (never
// deleted) only when SQLite says it is corrupt or not a database, or when it holds
// anything our schema does not (a foreign file); full disk, read-only and I/O errors
// leave it where it is. Every file it creates is the team account's alone (0600) from
// its first byte, whatever the umask, and a file it created for an open that failed is
// removed again.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/calendar_day.h"
#include "core/stats/counter_row.h"
#include "core/stats/stats_batch.h"
#include "core/team/team_pin.h"

struct sqlite3;

namespace io {



// What went wrong, in words the panel can say in its own language (the English detail
// from SQLite or the system stays in problem() and goes to the log).
enum class StoreTrouble {
    None,
    Full,       // no space left on the disk
    NoAccess,   // read-only, or no permission
    DiskError,  // the disk reported an input/output error
    Busy,       // another program holds the file
    Newer,      // written by a newer Repère: left untouched
    Damaged,    // still not usable after the old file was moved aside
    Other,
};

class StatsStore {
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr const char* kFileName = "stats.db";
    static constexpr int64_t kMaxCount = 1'000'000'000;  // a stored count above this is not ours

    explicit StatsStore(std::string directory);
    ~StatsStore();
    StatsStore(const StatsStore&) = delete;
    StatsStore& operator=(const StatsStore&) = delete;

    bool available() const { return db_ != nullptr; }
    // What went wrong last, for the team panel; empty while all is well.
    const std::string& problem() const { return problem_; }
    // Something the team should know that is not a failure (a file moved aside).
    const std::string& notice() const { return notice_; }
    StoreTrouble trouble() const { return problem_.empty() ? StoreTrouble::None : trouble_; }
    // Where a damaged or foreign file was moved in this run ("" = nothing moved).
    const std::string& movedTo() const { return movedTo_; }
    const std::string& path() const { return path_; }
    const std::string& directory() const { return directory_; }

    // One ended session (+1 to each metric) for `day`. It waits in memory until a batch
    // is full; then every full batch is written in one transaction. False when a full
    // batch could not be written (it waits and goes with the next write).
    bool recordSession(const std::string& day, const std::vector<std::string>& metrics);
    // A count for a session already recorded (the "was this useful?" tap): rides with
    // the open batch.
    void recordLate(const std::string& day, const std::string& metric);
    // The label for batches that begin from now on.
    void setEventLabel(std::string label) { batches_.setEventLabel(std::move(label)); }
    // Full batches not yet on disk (each holds at least five sessions).
    size_t batchesWaiting() const { return batches_.ready().size(); }
    int sessionsNotYetInABatch() const { return batches_.openSessions(); }

    // What is stored: only rows that pass validation (day format, metric characters,
    // counts in range); `rejected` counts the others. Read only when the team looks.
    std::vector<core::CounterRow> counters(int* rejected = nullptr) const;

    // Settings are read once at open and kept in memory: looking one up never touches the
    // file, so its access time cannot mark the moment a person's session ended.
    std::optional<std::string> setting(const std::string& key) const;
    // Saving the PIN hash (core::setting::kPinHash) writes the marker
    // (core::kPinMarkerFile) first: no PIN is stored without it.
    bool saveSetting(const std::string& key, const std::string& value);

    // The traces of a past in the data directory, for deciding whether the screen may
    // offer to choose the first PIN (core::pinPast).
    core::StoreTraces traces() const;

private:
    void open();
    bool openOrMoveAside();
    bool exec(const char* sql);
    bool configure();
    bool migrate();
    std::string foreignObjects() const;
    void moveAside(const std::string& why);
    bool writeReady();
    void resetFileTimes() const;
    void loadSettings();
    bool createPrivately();
    bool writePinMarker();
    void fail(int sqliteCode, std::string text);
    int64_t rowCount(const char* table) const;

    std::string directory_, path_;
    sqlite3* db_ = nullptr;
    std::string problem_, notice_, movedTo_;
    StoreTrouble trouble_ = StoreTrouble::None;
    core::SessionBatches batches_;
    std::map<std::string, std::string> settings_;
};


} // namespace io
