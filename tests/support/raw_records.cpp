// Decoding SQLite record bytes by hand (https://www.sqlite.org/fileformat2.html#record_format),
// as someone holding the disk would: no SQLite, no page structure, just a scan.
#include "support/raw_records.h"

#include "core/stats/stats_metrics.h"

#include <filesystem>
#include <fstream>
#include <iterator>

namespace testing {
namespace {

// A SQLite varint at `p`; false when it runs past `end`.
bool varint(const unsigned char*& p, const unsigned char* end, uint64_t& value) {
    value = 0;
    for (int i = 0; i < 9; ++i) {
        if (p >= end) return false;
        const unsigned char b = *p++;
        if (i == 8) { value = (value << 8) | b; return true; }
        value = (value << 7) | (b & 0x7f);
        if (!(b & 0x80)) return true;
    }
    return true;
}

bool isText(uint64_t type) { return type >= 13 && type % 2 == 1; }
size_t textLength(uint64_t type) { return static_cast<size_t>((type - 13) / 2); }
// Serial types of an integer: 1..6 (1, 2, 3, 4, 6, 8 bytes), 8 (zero), 9 (one).
int intBytes(uint64_t type) {
    static const int kBytes[] = {0, 1, 2, 3, 4, 6, 8};
    return type >= 1 && type <= 6 ? kBytes[type] : (type == 8 || type == 9 ? 0 : -1);
}

bool looksLikeDay(const unsigned char* p) {
    for (int i = 0; i < 10; ++i) {
        const bool digit = p[i] >= '0' && p[i] <= '9';
        if ((i == 4 || i == 7) ? p[i] != '-' : !digit) return false;
    }
    return true;
}

bool looksLikeMetric(const unsigned char* p, size_t n) {
    if (n == 0 || n > 64) return false;
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) return false;
    }
    return true;
}

// A counters record starting at `start` (its header-size varint), if there is one.
bool recordAt(const unsigned char* start, const unsigned char* end, RawRecord& out) {
    const unsigned char* p = start;
    uint64_t headerSize = 0, tDay = 0, tEvent = 0, tMetric = 0, tCount = 0;
    if (!varint(p, end, headerSize) || headerSize < 5 || headerSize > 20) return false;
    if (!varint(p, end, tDay) || tDay != 33) return false;  // text of 10 bytes
    if (!varint(p, end, tEvent) || !isText(tEvent) || textLength(tEvent) > 256) return false;
    if (!varint(p, end, tMetric) || !isText(tMetric)) return false;
    if (!varint(p, end, tCount) || intBytes(tCount) < 0) return false;
    if (p != start + headerSize) return false;
    const size_t eventLen = textLength(tEvent), metricLen = textLength(tMetric);
    const size_t bodyLen = 10 + eventLen + metricLen + static_cast<size_t>(intBytes(tCount));
    if (static_cast<size_t>(end - p) < bodyLen) return false;
    if (!looksLikeDay(p)) return false;
    const unsigned char* metric = p + 10 + eventLen;
    if (!looksLikeMetric(metric, metricLen)) return false;
    out.day.assign(reinterpret_cast<const char*>(p), 10);
    out.event.assign(reinterpret_cast<const char*>(p + 10), eventLen);
    out.metric.assign(reinterpret_cast<const char*>(metric), metricLen);
    const unsigned char* c = metric + metricLen;
    int64_t v = 0;
    if (tCount == 9) v = 1;
    else if (tCount != 8) {
        const int n = intBytes(tCount);
        v = (c[0] & 0x80) ? -1 : 0;  // big-endian two's complement
        for (int i = 0; i < n; ++i) v = static_cast<int64_t>((static_cast<uint64_t>(v) << 8) | c[i]);
    }
    out.count = v;
    return true;
}

} // namespace

std::vector<RawRecord> rawRecords(const std::string& bytes, const std::string& file) {
    std::vector<RawRecord> found;
    const auto* begin = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = begin + bytes.size();
    for (const unsigned char* p = begin; p + 16 < end; ++p) {
        RawRecord r;
        if (recordAt(p, end, r)) { r.file = file; found.push_back(std::move(r)); }
    }
    return found;
}

std::vector<RawRecord> rawRecordsIn(const std::string& directory) {
    std::vector<RawRecord> all;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
        if (!entry.is_regular_file(ec)) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        auto found = rawRecords(bytes, entry.path().filename().string());
        all.insert(all.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    return all;
}

std::map<std::pair<std::string, std::string>, std::set<int64_t>> sessionStates(const std::vector<RawRecord>& records) {
    std::map<std::pair<std::string, std::string>, std::set<int64_t>> states;
    const std::string started = core::metricName(core::Metric::SessionsStarted);
    for (const auto& r : records) {
        if (r.metric == started) states[{r.day, r.event}].insert(r.count);
    }
    return states;
}

std::string statesCloserThanABatch(const std::vector<RawRecord>& records) {
    std::string found;
    for (const auto& [key, counts] : sessionStates(records)) {
        int64_t previous = 0;  // before the first batch: no row at all
        for (int64_t c : counts) {
            if (c == 0) continue;
            if (c - previous < 5) {
                found += key.first + " '" + key.second + "': " + std::to_string(previous) + " then " + std::to_string(c) + "; ";
            }
            previous = c;
        }
    }
    return found;
}

} // namespace testing
