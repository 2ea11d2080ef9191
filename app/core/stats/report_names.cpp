// Table and cell kinds (stats_report.h) to interface strings and content names.
#include "core/stats/report_names.h"

namespace core {
namespace {

std::string domainName(const Content& c, const std::string& id, LanguageIndex lang) {
    const auto d = c.domainIndex(id);
    return d ? c.domains[static_cast<size_t>(*d)].name.in(lang) : id;  // an id the content no longer has
}

std::string tableName(const Content& c, const ReportTable& table, LanguageIndex lang) {
    switch (table.kind) {
    case TableKind::Sessions: return c.ui("dash_sessions", lang);
    case TableKind::Languages: return c.ui("report_languages", lang);
    case TableKind::Levels: return c.ui("dash_levels", lang) + " — " + domainName(c, table.subject, lang);
    case TableKind::Crisis: return c.ui("report_crisis", lang);
    case TableKind::AdviceOpened: return c.ui("dash_advice", lang);
    case TableKind::Services: return c.ui("report_services", lang);
    case TableKind::Useful: return c.ui("dash_useful", lang);
    case TableKind::SessionsPerDay: return c.ui("dash_per_day", lang);
    }
    return {};
}

std::string languageName(const Content& c, const std::string& id) {
    for (const auto& l : c.languages) if (l.id == id) return l.name;
    return id;
}

std::string levelName(const Content& c, const std::string& id, LanguageIndex lang) {
    for (const auto& l : c.levels) if (l.id == id) return l.name.in(lang);
    return id;
}

std::string cellName(const Content& c, const ReportCell& cell, LanguageIndex lang) {
    switch (cell.kind) {
    case CellKind::Started: return c.ui("dash_started", lang);
    case CellKind::Finished: return c.ui("dash_finished", lang);
    case CellKind::Abandoned: return c.ui("dash_abandoned", lang);
    case CellKind::Language: return languageName(c, cell.subject);
    case CellKind::Level: return levelName(c, cell.subject, lang);
    case CellKind::NotAssessed: return c.ui("level_not_assessed", lang);
    case CellKind::Results: return c.ui("report_results", lang);
    case CellKind::CrisisRaised: return c.ui("report_crisis_raised", lang);
    case CellKind::CrisisStopped: return c.ui("report_crisis_stopped", lang);
    case CellKind::AdviceOpened: return domainName(c, cell.subject, lang);
    case CellKind::ServicesViewed: return c.ui("report_services_viewed", lang);
    case CellKind::TakeAwayShown: return c.ui("report_takeaway_shown", lang);
    case CellKind::UsefulYes: return c.ui("useful_yes", lang);
    case CellKind::UsefulSomewhat: return c.ui("useful_somewhat", lang);
    case CellKind::UsefulNo: return c.ui("useful_no", lang);
    case CellKind::Answers: return c.ui("report_answers", lang);
    case CellKind::Day: return cell.subject;
    }
    return cell.subject;
}

} // namespace

void nameTable(const Content& c, ReportTable& table, LanguageIndex lang) {
    table.name = tableName(c, table, lang);
    for (auto& cell : table.cells) cell.name = cellName(c, cell, lang);
    if (table.total) table.total->name = cellName(c, *table.total, lang);
}

} // namespace core
