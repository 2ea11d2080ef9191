// Report tables and small-cell suppression (primary < 5, secondary against totals).
#include "core/stats_report.h"

#include <algorithm>
#include <map>
#include <numeric>

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

ReportTable group(std::string id, std::string title, const std::vector<std::pair<std::string, int64_t>>& parts,
                  std::optional<std::pair<std::string, int64_t>> total) {
    ReportTable table{std::move(id), std::move(title), {}, std::nullopt};
    std::vector<int64_t> counts;
    for (const auto& p : parts) counts.push_back(p.second);
    const auto hidden = suppressedCells(counts, total.has_value());
    for (size_t i = 0; i < parts.size(); ++i) {
        const bool shown = hidden[i] == Hidden::No;
        table.cells.push_back({parts[i].first, shown ? std::optional<int64_t>(parts[i].second) : std::nullopt, hidden[i]});
    }
    if (total) {
        const bool small = total->second < kSmallCell;
        table.total = ReportCell{total->first, small ? std::nullopt : std::optional<int64_t>(total->second),
                                 small ? Hidden::Small : Hidden::No};
    }
    return table;
}

} // namespace

std::string ReportCell::text() const {
    if (count) return std::to_string(*count);
    return hidden == Hidden::ForTotal ? kForTotalMark : kSmallMark;
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

std::vector<ReportTable> buildReport(const Content& c, const std::vector<CounterRow>& rows, LanguageIndex lang,
                                     const std::optional<std::string>& event) {
    const Totals t = sumByMetric(rows, event);
    std::vector<ReportTable> tables;
    tables.push_back(group("sessions", "Sessions", {{"finished", get(t, "sessions.finished")}, {"abandoned", get(t, "sessions.abandoned")}},
                           std::pair<std::string, int64_t>{"started", get(t, "sessions.started")}));
    std::vector<std::pair<std::string, int64_t>> languages;
    for (const auto& l : c.languages) languages.push_back({l.id, get(t, "language." + l.id)});
    tables.push_back(group("languages", "Languages", languages, std::pair<std::string, int64_t>{"started", get(t, "sessions.started")}));
    const int64_t results = get(t, "results.shown");
    for (const auto& d : c.domains) {
        std::vector<std::pair<std::string, int64_t>> levels;
        for (const auto& l : c.levels) levels.push_back({l.id, get(t, "level." + d.id + "." + l.id)});
        levels.push_back({"not-assessed", get(t, "level." + d.id + ".none")});
        tables.push_back(group("levels." + d.id, d.name.in(lang), levels, std::pair<std::string, int64_t>{"results", results}));
    }
    // Independent counts (no total shown beside them): small cells hidden one by one.
    tables.push_back(group("crisis", "Crisis flag raised", {{"raised", get(t, "crisis.raised")}}, std::nullopt));
    std::vector<std::pair<std::string, int64_t>> opened;
    for (const auto& d : c.domains) opened.push_back({d.id, get(t, "advice.opened." + d.id)});
    std::stable_sort(opened.begin(), opened.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    tables.push_back(group("advice-opened", "Advice opened", opened, std::nullopt));
    tables.push_back(group("services", "Services and take-away",
                           {{"services-viewed", get(t, "services.viewed")}, {"takeaway-shown", get(t, "takeaway.shown")}}, std::nullopt));
    const int64_t yes = get(t, "useful.yes"), somewhat = get(t, "useful.somewhat"), no = get(t, "useful.no");
    tables.push_back(group("useful", "Was this useful?", {{"yes", yes}, {"somewhat", somewhat}, {"no", no}},
                           std::pair<std::string, int64_t>{"answers", yes + somewhat + no}));
    return tables;
}

ReportTable sessionsPerDay(const std::vector<CounterRow>& rows, const std::optional<std::string>& event) {
    std::map<std::string, int64_t> days;
    int64_t total = 0;
    for (const auto& r : rows) {
        if (r.metric != "sessions.started" || (event && r.event != *event)) continue;
        days[r.day] += r.count;
        total += r.count;
    }
    std::vector<std::pair<std::string, int64_t>> parts(days.begin(), days.end());
    return group("sessions-per-day", "Sessions per day", parts, std::pair<std::string, int64_t>{"started", total});
}

std::string reportCsv(const std::vector<ReportTable>& tables) {
    std::string csv = "table,label,count\n";
    auto quote = [](std::string s) {
        // A leading = + - @ tab or CR makes a spreadsheet run the cell as a formula.
        if (!s.empty() && std::string("=+-@\t\r").find(s[0]) != std::string::npos) s.insert(0, "'");
        if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
        std::string q = "\"";
        for (char ch : s) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        return q + "\"";
    };
    for (const auto& table : tables) {
        for (const auto& cell : table.cells) csv += quote(table.id) + "," + quote(cell.label) + "," + cell.text() + "\n";
        if (table.total) csv += quote(table.id) + "," + quote(table.total->label) + "," + table.total->text() + "\n";
    }
    return csv;
}

std::string reportText(const std::vector<ReportTable>& tables) {
    std::string out;
    for (const auto& table : tables) {
        out += table.title + "\n";
        for (const auto& cell : table.cells) out += "  " + cell.label + ": " + cell.text() + "\n";
        if (table.total) out += "  (" + table.total->label + ": " + table.total->text() + ")\n";
    }
    return out;
}

} // namespace core
