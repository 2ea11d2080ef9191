// The tables the team sees and exports, built from stored counters. The counters hold
// blurred records (stats_blur.h): each figure shown is an estimate made from them, rounded
// to a multiple of 5. Then the small-cell rule: any figure under 5 shows as "<5", and when
// a table shows a total, a second cell is hidden too so that no hidden figure can be found
// by subtraction.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/model/content.h"
#include "core/stats/counter_row.h"

namespace core {

constexpr int64_t kSmallCell = 5;
constexpr int64_t kShownStep = 5;  // every figure shown is a multiple of this

// An estimate as the team sees it: the nearest multiple of kShownStep, and 0 (shown
// "<5") for anything under kSmallCell.
int64_t shownCount(double estimate);

// Why a count is not shown. The two reasons get different marks, explained in a legend:
// a hidden 6 must not read "<5".
enum class Hidden { No, Small, ForTotal };
constexpr const char* kSmallMark = "<5";    // fewer than five
constexpr const char* kForTotalMark = "*";  // five or more, hidden so that a total cannot reveal a small count

// What a table counts: the dashboard, the CSV and `repere stats` pick tables by kind.
enum class TableKind { Sessions, Languages, Levels, Crisis, AdviceOpened, Services, Useful, SessionsPerDay };

// What a cell counts. Content-derived kinds name their subject in ReportCell::subject.
enum class CellKind {
    Started, Finished, Abandoned,   // sessions
    Language,                       // subject: the language id
    Level, NotAssessed, Results,    // Level's subject: the level id
    CrisisRaised, CrisisStopped,
    AdviceOpened,                   // subject: the domain id
    ServicesViewed, TakeAwayShown,
    UsefulYes, UsefulSomewhat, UsefulNo, Answers,
    Day,                            // subject: the day, YYYY-MM-DD
};

struct ReportCell {
    CellKind kind = CellKind::Started;
    std::string subject;           // a language, level or domain id, or a day; empty for fixed cells
    std::string name;              // what the team reads, in the panel's language (report_names.h)
    std::optional<int64_t> count;  // none = hidden (see `hidden` for why)
    Hidden hidden = Hidden::No;
    std::string text() const;      // the count, or its mark
};

struct ReportTable {
    TableKind kind = TableKind::Sessions;
    std::string subject;              // the domain id of a Levels table; else empty
    std::string name;                 // in the panel's language (report_names.h)
    std::vector<ReportCell> cells;    // the group's parts
    std::optional<ReportCell> total;  // shown beside them, when the parts add up to it
    const ReportCell* cell(CellKind kind) const;  // the first part, or else the total, of that kind
};

// Every table, named once in one language, with the figures the dashboard derives.
struct Report {
    std::vector<ReportTable> tables;       // export order; sessions per day last
    std::optional<int> completionPercent;  // finished out of started, when both counts are shown
    const ReportTable* table(TableKind kind) const;  // the first of that kind, or nullptr
    bool empty() const { return tables.empty(); }
};

// The dashboard's bars. The largest count shown in `table` (at least kSmallCell, so a
// table of fives does not draw full bars), and the share of the longest bar a cell's bar
// takes: none for a hidden cell, which gets no bar at all (a bar would read as a figure).
int64_t largestShown(const ReportTable& table);
std::optional<double> barShare(const ReportCell& cell, int64_t largest);

// Which cells of a group to hide, and why. `withTotal`: the parts' sum is shown, so one
// hidden cell alone could be recovered; the smallest other cell is then hidden as well.
std::vector<Hidden> suppressedCells(const std::vector<int64_t>& counts, bool withTotal);

// Every table, over all days and events (or one event when `event` is given), named in
// `language`. Sessions per day come last, one cell per day with the overall total beside
// them. Only this column is given per day: finished and abandoned per day beside the
// overall figures would let a hidden day be found by subtraction across tables.
Report buildReport(const Content& content, const std::vector<CounterRow>& rows, LanguageIndex language,
                   const std::optional<std::string>& event = std::nullopt);

// The export a spreadsheet opens as a table: UTF-8 with a byte-order mark, the separator
// the language's spreadsheets expect (interface string `csv_separator`), a header and
// names in that language (report_names.h), counts as plain numbers, hidden counts as
// their marks, and note lines that explain the marks. A field that a spreadsheet would
// run as a formula (=, +, -, @, tab or CR first) is prefixed with '.
std::string reportCsv(const Content& content, const Report& report, LanguageIndex language);

// Plain text for `repere stats`, in the same language.
std::string reportText(const Content& content, const Report& report, LanguageIndex language);

} // namespace core
