// The names the team reads for report tables and cells, in the panel's language: the
// dashboard, the CSV export and `repere stats` all name things through here, so no
// English id reaches a French screen or spreadsheet.
#pragma once
#include <string>

#include "core/content.h"
#include "core/stats_report.h"

namespace core {

std::string tableName(const Content& content, const ReportTable& table, LanguageIndex language);
std::string cellName(const Content& content, const ReportTable& table, const ReportCell& cell, LanguageIndex language);

} // namespace core
