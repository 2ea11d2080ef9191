// The tables a worker sees and exports, built from stored counters, with the small-cell
// rule: any count under 5 shows as "<5", and when a table shows a total, a second cell
// is hidden too so that no hidden count can be found by subtraction.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/content.h"
#include "core/stats_store.h"

namespace core {

constexpr int64_t kSmallCell = 5;

// Why a count is not shown. The two reasons get different marks, explained in a legend:
// a hidden 6 must not read "<5".
enum class Hidden { No, Small, ForTotal };
constexpr const char* kSmallMark = "<5";    // fewer than five
constexpr const char* kForTotalMark = "*";  // five or more, hidden so that a total cannot reveal a small count

struct ReportCell {
    std::string label;
    std::optional<int64_t> count;  // none = hidden (see `hidden` for why)
    Hidden hidden = Hidden::No;
    std::string text() const;      // the count, or its mark
};

struct ReportTable {
    std::string id;                 // stable, for CSV: "sessions", "levels.use", …
    std::string title;
    std::vector<ReportCell> cells;  // the group's parts
    std::optional<ReportCell> total;  // shown beside them, when the parts add up to it
};

// Which cells of a group to hide, and why. `withTotal`: the parts' sum is shown, so one
// hidden cell alone could be recovered; the smallest other cell is then hidden as well.
std::vector<Hidden> suppressedCells(const std::vector<int64_t>& counts, bool withTotal);

// Every table, over all days and events (or one event when `event` is given).
std::vector<ReportTable> buildReport(const Content& content, const std::vector<CounterRow>& rows,
                                     LanguageIndex language, const std::optional<std::string>& event = std::nullopt);

// Sessions started per day, one cell per day, with the overall total beside them. Only
// this column is given per day: finished and abandoned per day beside the overall
// figures would let a hidden day be found by subtraction across tables.
ReportTable sessionsPerDay(const std::vector<CounterRow>& rows, const std::optional<std::string>& event = std::nullopt);

// CSV with a header: table,label,count; hidden counts as their marks. A field that a
// spreadsheet would read as a formula (=, +, -, @, tab, CR first) is prefixed with '.
std::string reportCsv(const std::vector<ReportTable>& tables);

// Plain text for `repere stats`.
std::string reportText(const std::vector<ReportTable>& tables);

} // namespace core
