// `repere stats`: the anonymous counters as text tables, and as CSV on request.
#include <fstream>
#include <iostream>

#include "commands/command_line.h"
#include "core/stats/stats_report.h"
#include "io/store/stats_store.h"

namespace commands {
namespace {

int printStats(const core::Content& content, const std::string& data, const std::string& csv, const std::string& lang) {
    const std::optional<core::LanguageIndex> language = lang.empty() ? content.defaultLanguage : content.languageIndex(lang);
    if (!language) { std::cerr << "repere stats: unknown language '" << lang << "'\n"; return 2; }
    io::StatsStore store(data);
    if (!store.available()) { std::cerr << "repere stats: " << store.problem() << '\n'; return 1; }
    if (!store.notice().empty()) std::cerr << "repere stats: " << store.notice() << '\n';
    const auto rows = store.counters();
    const core::Report report = core::buildReport(content, rows, *language);
    std::cout << core::reportText(content, report, *language);
    if (!csv.empty()) {
        std::ofstream out(csv, std::ios::binary | std::ios::trunc);
        out << core::reportCsv(content, report, *language);
        if (!out.flush()) { std::cerr << "repere stats: cannot write " << csv << '\n'; return 1; }
        std::cout << "CSV written to " << csv << '\n';
    }
    return 0;
}

} // namespace

Subcommand addStatsCommand(CLI::App& app, CommandLine& line) {
    auto csv = std::make_shared<std::string>();
    auto* stats = app.add_subcommand("stats", "Print the anonymous counters (counts under 5 shown as <5)");
    stats->add_option("--data", line.dataDir, "Data directory (default: $XDG_DATA_HOME/repere)");
    stats->add_option("--csv", *csv, "Also write the same tables as CSV to FILE");
    stats->add_option("--content", line.contentDir, "Content directory (for topic names)");
    stats->add_option("--lang", line.lang, "Language of the headings and names, e.g. fr or en (default: the content's)");
    return {stats, [&line, csv] {
                const core::ContentChoice choice = loadChosenContent(line);
                return choice.content ? printStats(*choice.content, line.dataDirectory(), *csv, line.lang) : 1;
            }};
}

} // namespace commands
