// An attacker's reading of the statistics files: every counter record that can be found
// in the raw bytes of every file in a directory (main file, journal, WAL frames, free
// pages, unallocated space), without going through SQLite. Used to prove that no earlier
// state of the file is kept that differs from a later one by fewer than five sessions.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace testing {

struct RawRecord {
    std::string day, event, metric;
    int64_t count = 0;
    std::string file;  // where it was found
};

// Every (day, event, metric, count) record encoded anywhere in `bytes`.
std::vector<RawRecord> rawRecords(const std::string& bytes, const std::string& file = {});
// The same over every regular file in `directory`.
std::vector<RawRecord> rawRecordsIn(const std::string& directory);

// Every value of "sessions.started" found, per (day, event): each value is one state of
// the file that an attacker can reconstruct for that day and label.
std::map<std::pair<std::string, std::string>, std::set<int64_t>> sessionStates(const std::vector<RawRecord>& records);

// Describes each pair of reconstructible states that differ by 1 to 4 sessions ("" when
// none): what the privacy promise forbids.
std::string statesCloserThanABatch(const std::vector<RawRecord>& records);

} // namespace testing
