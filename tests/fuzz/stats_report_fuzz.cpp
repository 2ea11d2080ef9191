// Fuzz target: the statistics report and CSV export, and stored settings. Input lines
// are "day,event,metric,count" counters (as a damaged or hand-edited database could hold)
// or "key=value" settings. The export must never show a count under 5, every CSV line
// must have three fields, and stored settings must never leave the kiosk out of range.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "io/content/content_file.h"
#include "core/content/content_loader.h"
#include "core/kiosk/kiosk.h"
#include "core/team/event_label.h"
#include "core/stats/stats_report.h"
#include "core/kiosk/team_actions.h"

namespace {
const core::Content& content() {
    static const core::LoadResult loaded = io::loadContent(std::string(REPERE_FIXTURES_DIR) + "/base");
    if (!loaded.content) std::abort();
    return *loaded.content;
}

// Rows up to the blank line before the notes; the count is the last field (a quoted name
// may hold the separator, so it is read from the end).
void checkCsv(const std::string& csv) {
    std::istringstream lines(csv);
    std::string line;
    std::getline(lines, line);
    while (std::getline(lines, line) && line != "\r") {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::string count = line.substr(line.rfind(';') + 1);
        // A mark is text, quoted like every text field; a count is a bare number.
        if (count == std::string("\"") + core::kSmallMark + "\"" || count == std::string("\"") + core::kForTotalMark + "\"") continue;
        if (count.empty() || count.find_first_not_of("0123456789") != std::string::npos) std::abort();
        if (std::stoll(count) < core::kSmallCell) std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    std::istringstream lines(input);
    std::vector<core::CounterRow> rows;
    core::Kiosk kiosk(content());
    for (std::string line; std::getline(lines, line);) {
        const size_t eq = line.find('=');
        if (eq != std::string::npos && line.find(',') == std::string::npos) {
            core::apply(kiosk, core::action::SettingsRestored{{{line.substr(0, eq), line.substr(eq + 1)}}, {}});
            continue;
        }
        std::istringstream fields(line);
        core::CounterRow row;
        std::string count;
        if (!std::getline(fields, row.day, ',') || !std::getline(fields, row.event, ',') ||
            !std::getline(fields, row.metric, ',') || !std::getline(fields, count)) continue;
        // The store's CHECK keeps counts at 0 or more; anything else cannot reach the report.
        try { row.count = std::stoll(count); } catch (const std::exception&) { continue; }
        if (row.count < 0 || row.count > (int64_t{1} << 40)) continue;
        rows.push_back(row);
    }
    const core::Report report = core::buildReport(content(), rows, 0);
    checkCsv(core::reportCsv(content(), report, 0));  // language 0 of the base fixture: French, ';'
    core::reportText(content(), report, 0);
    if (kiosk.settings.idleSeconds < core::kMinIdleSeconds || kiosk.settings.idleSeconds > core::kMaxIdleSeconds) std::abort();
    if (!kiosk.settings.eventLabel.empty() && !core::isValidEventLabel(kiosk.settings.eventLabel)) std::abort();
    if (kiosk.startLanguage() < 0 || kiosk.startLanguage() >= static_cast<int>(content().languages.size())) std::abort();
    return 0;
}
