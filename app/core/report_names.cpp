// Table and cell ids (stats_report.cpp) to interface strings and content names.
#include "core/report_names.h"

#include <map>

namespace core {
namespace {

bool startsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// A fixed cell label's interface string, whatever the table.
const char* fixedCell(const std::string& label) {
    static const std::map<std::string, const char*> kCells = {
        {"started", "dash_started"},          {"finished", "dash_finished"},
        {"abandoned", "dash_abandoned"},      {"results", "report_results"},
        {"not-assessed", "level_not_assessed"}, {"raised", "report_crisis_raised"},
        {"services-viewed", "report_services_viewed"}, {"takeaway-shown", "report_takeaway_shown"},
        {"yes", "useful_yes"},                {"somewhat", "useful_somewhat"},
        {"no", "useful_no"},                  {"answers", "report_answers"},
    };
    const auto it = kCells.find(label);
    return it == kCells.end() ? nullptr : it->second;
}

} // namespace

std::string tableName(const Content& c, const ReportTable& table, LanguageIndex lang) {
    static const std::map<std::string, const char*> kTables = {
        {"sessions", "dash_sessions"}, {"languages", "report_languages"}, {"crisis", "report_crisis"},
        {"advice-opened", "dash_advice"}, {"services", "report_services"}, {"useful", "dash_useful"},
        {"sessions-per-day", "dash_per_day"},
    };
    if (const auto it = kTables.find(table.id); it != kTables.end()) return c.ui(it->second, lang);
    if (startsWith(table.id, "levels.")) {
        const auto d = c.domainIndex(table.id.substr(7));
        if (d) return c.ui("dash_levels", lang) + " — " + c.domains[static_cast<size_t>(*d)].name.in(lang);
    }
    return table.title;
}

std::string cellName(const Content& c, const ReportTable& table, const ReportCell& cell, LanguageIndex lang) {
    if (const char* id = fixedCell(cell.label); id && !(table.id == "advice-opened")) return c.ui(id, lang);
    if (table.id == "languages") {
        for (const auto& l : c.languages) if (l.id == cell.label) return l.name;
    }
    if (startsWith(table.id, "levels.")) {
        for (const auto& l : c.levels) if (l.id == cell.label) return l.name.in(lang);
    }
    if (table.id == "advice-opened") {
        if (const auto d = c.domainIndex(cell.label)) return c.domains[static_cast<size_t>(*d)].name.in(lang);
    }
    return cell.label;  // a day, or an id the content no longer has
}

} // namespace core
