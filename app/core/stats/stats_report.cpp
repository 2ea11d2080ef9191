// Report tables and small-cell suppression (primary < 5, secondary against totals).
#include "core/stats/stats_report.h"

#include "core/stats/report_names.h"
#include "core/stats/stats_metrics.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/stats/stats_blur.h"

namespace core {
namespace {

using Totals = std::map<std::string, int64_t>;  // metric -> count

Totals sumByMetric(const std::vector<CounterRow>& rows, const std::optional<std::string>& event) {
    Totals t;
    for (const auto& r : rows) if (!event || r.event == *event) t[r.metric] += r.count;
    return t;
}

int64_t get(const Totals& t, const std::string& metric) {
    auto it = t.find(metric);
    return it == t.end() ? 0 : it->second;
}

// The blurred sums turned back into estimates (stats_blur.h), each group by its own size
// and number of records, then every figure rounded to a multiple of five.
Totals estimated(const Content& c, const Totals& observed) {
    Totals out;
    for (Metric fixed : {Metric::SessionsStarted, Metric::ResultsShown}) {
        out[metricName(fixed)] = shownCount(static_cast<double>(get(observed, metricName(fixed))));
    }
    std::vector<RecordGroup> groups = sessionGroups(c);
    groups.push_back(usefulGroup());
    const int64_t sessions = get(observed, metricName(Metric::SessionsStarted));
    for (const RecordGroup& g : groups) {
        int64_t records = 0;
        if (g.hasNothing()) records = sessions;  // every recorded session holds one choice of a yes/no fact
        else for (const auto& m : g.choices) records += get(observed, m);
        for (const auto& m : g.choices) {
            if (!m.empty()) out[m] = shownCount(estimatedCount(get(observed, m), records, g.choices.size()));
        }
    }
    return out;
}
int64_t get(const Totals& t, Metric metric) { return get(t, metricName(metric)); }

struct Part {
    CellKind kind;
    std::string subject;
    int64_t count;
};

ReportTable group(TableKind kind, std::string subject, const std::vector<Part>& parts, const std::optional<Part>& total) {
    ReportTable table{kind, std::move(subject), {}, {}, std::nullopt};
    std::vector<int64_t> counts;
    for (const auto& p : parts) counts.push_back(p.count);
    const auto hidden = suppressedCells(counts, total.has_value());
    for (size_t i = 0; i < parts.size(); ++i) {
        const bool shown = hidden[i] == Hidden::No;
        table.cells.push_back({parts[i].kind, parts[i].subject, {}, shown ? std::optional<int64_t>(parts[i].count) : std::nullopt, hidden[i]});
    }
    if (total) {
        const bool small = total->count < kSmallCell;
        table.total = ReportCell{total->kind, total->subject, {}, small ? std::nullopt : std::optional<int64_t>(total->count),
                                 small ? Hidden::Small : Hidden::No};
    }
    return table;
}

// Sessions, languages, and each domain's levels: parts with their total beside them.
void addSessionTables(std::vector<ReportTable>& tables, const Content& c, const Totals& t) {
    const Part started{CellKind::Started, {}, get(t, Metric::SessionsStarted)};
    tables.push_back(group(TableKind::Sessions, {},
                           {{CellKind::Finished, {}, get(t, Metric::SessionsFinished)}, {CellKind::Abandoned, {}, get(t, Metric::SessionsAbandoned)}},
                           started));
    std::vector<Part> languages;
    for (const auto& l : c.languages) languages.push_back({CellKind::Language, l.id, get(t, languageMetric(l.id))});
    tables.push_back(group(TableKind::Languages, {}, languages, started));
    const Part results{CellKind::Results, {}, get(t, Metric::ResultsShown)};
    for (const auto& d : c.domains) {
        std::vector<Part> levels;
        for (const auto& l : c.levels) levels.push_back({CellKind::Level, l.id, get(t, levelMetric(d.id, l.id))});
        levels.push_back({CellKind::NotAssessed, {}, get(t, notAssessedMetric(d.id))});
        tables.push_back(group(TableKind::Levels, d.id, levels, results));
    }
}

// Crisis, advice, services: independent counts (no total shown beside them), small
// cells hidden one by one. Then "was this useful?" with its total.
void addUseTables(std::vector<ReportTable>& tables, const Content& c, const Totals& t) {
    tables.push_back(group(TableKind::Crisis, {},
                           {{CellKind::CrisisRaised, {}, get(t, Metric::CrisisRaised)}, {CellKind::CrisisStopped, {}, get(t, Metric::CrisisStopped)}},
                           std::nullopt));
    std::vector<Part> opened;
    for (const auto& d : c.domains) opened.push_back({CellKind::AdviceOpened, d.id, get(t, adviceOpenedMetric(d.id))});
    std::stable_sort(opened.begin(), opened.end(), [](const Part& a, const Part& b) { return a.count > b.count; });
    tables.push_back(group(TableKind::AdviceOpened, {}, opened, std::nullopt));
    tables.push_back(group(TableKind::Services, {},
                           {{CellKind::ServicesViewed, {}, get(t, Metric::ServicesViewed)}, {CellKind::TakeAwayShown, {}, get(t, Metric::TakeAwayShown)}},
                           std::nullopt));
    const int64_t yes = get(t, Metric::UsefulYes), somewhat = get(t, Metric::UsefulSomewhat), no = get(t, Metric::UsefulNo);
    tables.push_back(group(TableKind::Useful, {}, {{CellKind::UsefulYes, {}, yes}, {CellKind::UsefulSomewhat, {}, somewhat}, {CellKind::UsefulNo, {}, no}},
                           Part{CellKind::Answers, {}, yes + somewhat + no}));
}

ReportTable sessionsPerDay(const std::vector<CounterRow>& rows, const std::optional<std::string>& event) {
    // Sessions are never blurred (every recorded one counts alike): only rounded.
    std::map<std::string, int64_t> days;
    int64_t total = 0;
    const std::string started = metricName(Metric::SessionsStarted);
    for (const auto& r : rows) {
        if (r.metric != started || (event && r.event != *event)) continue;
        days[r.day] += r.count;
        total += r.count;
    }
    std::vector<Part> parts;
    for (const auto& [day, count] : days) parts.push_back({CellKind::Day, day, shownCount(static_cast<double>(count))});
    return group(TableKind::SessionsPerDay, {}, parts, Part{CellKind::Started, {}, shownCount(static_cast<double>(total))});
}

std::optional<int> completionPercent(const ReportTable& sessions) {
    const ReportCell* started = sessions.cell(CellKind::Started);
    const ReportCell* finished = sessions.cell(CellKind::Finished);
    if (!started || !finished || !started->count || !finished->count || *started->count <= 0) return std::nullopt;
    return static_cast<int>(100 * *finished->count / *started->count);
}

} // namespace

int64_t shownCount(double estimate) {
    // Under 5 stays under 5 (shown "<5"), never rounded up into a figure.
    if (!(estimate >= static_cast<double>(kSmallCell))) return 0;
    return kShownStep * std::llround(estimate / static_cast<double>(kShownStep));
}

std::string ReportCell::text() const {
    if (count) return std::to_string(*count);
    return hidden == Hidden::ForTotal ? kForTotalMark : kSmallMark;
}

const ReportCell* ReportTable::cell(CellKind k) const {
    for (const auto& c : cells) if (c.kind == k) return &c;
    return total && total->kind == k ? &*total : nullptr;
}

const ReportTable* Report::table(TableKind k) const {
    for (const auto& t : tables) if (t.kind == k) return &t;
    return nullptr;
}

int64_t largestShown(const ReportTable& table) {
    int64_t largest = kSmallCell;
    for (const auto& c : table.cells) if (c.count) largest = std::max(largest, *c.count);
    return largest;
}

std::optional<double> barShare(const ReportCell& cell, int64_t largest) {
    if (!cell.count || largest <= 0) return std::nullopt;
    return std::clamp(static_cast<double>(*cell.count) / static_cast<double>(largest), 0.0, 1.0);
}

std::vector<Hidden> suppressedCells(const std::vector<int64_t>& counts, bool withTotal) {
    std::vector<Hidden> hidden(counts.size(), Hidden::No);
    int n = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] < kSmallCell) { hidden[i] = Hidden::Small; ++n; }
    }
    if (withTotal && n == 1 && counts.size() > 1) {
        // One hidden cell = total minus the others: hide the smallest other cell too.
        size_t smallest = counts.size();
        for (size_t i = 0; i < counts.size(); ++i) {
            if (hidden[i] == Hidden::No && (smallest == counts.size() || counts[i] < counts[smallest])) smallest = i;
        }
        if (smallest < counts.size()) hidden[smallest] = Hidden::ForTotal;
    }
    return hidden;
}

Report buildReport(const Content& c, const std::vector<CounterRow>& rows, LanguageIndex lang, const std::optional<std::string>& event) {
    const Totals t = estimated(c, sumByMetric(rows, event));
    Report report;
    addSessionTables(report.tables, c, t);
    addUseTables(report.tables, c, t);
    report.tables.push_back(sessionsPerDay(rows, event));
    for (auto& table : report.tables) nameTable(c, table, lang);
    report.completionPercent = completionPercent(report.tables.front());
    return report;
}

namespace {

// One CSV text field: formula starts neutralised, and always quoted, so a label holding
// the other language's separator (a comma in a French label, a semicolon in an English
// one) stays in its column whatever separator a spreadsheet's import assumes.
std::string csvField(std::string s, char) {
    if (!s.empty() && std::string("=+-@\t\r").find(s[0]) != std::string::npos) s.insert(0, "'");
    std::string q = "\"";
    for (char ch : s) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return q + "\"";
}

// A count: a number stays a number; a mark ("<5", "*") is text, quoted.
std::string csvCount(const std::string& text, char separator) {
    const bool number = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
    return number ? text : csvField(text, separator);
}

} // namespace

std::string reportCsv(const Content& c, const Report& report, LanguageIndex lang) {
    const std::string& sep = c.ui("csv_separator", lang);
    const char separator = sep == ";" || sep == "\t" ? sep[0] : ',';
    std::string csv = "\xEF\xBB\xBF";  // UTF-8 byte-order mark: spreadsheets then read é and « » right
    auto row = [&](const std::string& a, const std::string& b, const std::string& count) {
        csv += csvField(a, separator) + separator + csvField(b, separator) + separator + csvCount(count, separator) + "\r\n";
    };
    row(c.ui("csv_table", lang), c.ui("csv_row", lang), c.ui("csv_count", lang));
    for (const auto& table : report.tables) {
        for (const auto& cell : table.cells) row(table.name, cell.name, cell.text());
        if (table.total) row(table.name, table.total->name, table.total->text());
    }
    csv += "\r\n";
    for (const char* note : {"dash_small_cells", "dash_batches"}) csv += csvField(c.ui(note, lang), separator) + "\r\n";
    return csv;
}

std::string reportText(const Content& c, const Report& report, LanguageIndex lang) {
    std::string out;
    for (const auto& table : report.tables) {
        out += table.name + "\n";
        for (const auto& cell : table.cells) out += "  " + cell.name + ": " + cell.text() + "\n";
        if (table.total) out += "  (" + table.total->name + ": " + table.total->text() + ")\n";
    }
    out += c.ui("dash_small_cells", lang) + "\n" + c.ui("dash_batches", lang) + "\n";
    return out;
}

} // namespace core
