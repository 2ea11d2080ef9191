// The names the team reads for report tables and cells, in the panel's language. The
// report is named here once when it is built (stats_report.cpp); the dashboard, the CSV
// export and `repere stats` read those names, so no English id reaches a French screen
// or spreadsheet.
#pragma once
#include "core/model/content.h"
#include "core/stats/stats_report.h"

namespace core {

// Sets the name of the table and of each of its cells (and total) in `language`.
void nameTable(const Content& content, ReportTable& table, LanguageIndex language);

} // namespace core
