// Command line: the subcommands of the contract in DESIGN.md. Parses, loads content,
// and hands over to the platform layer.
#include <CLI/CLI.hpp>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <iostream>

#include "commands/services_commands.h"
#include "core/content_check.h"
#include "core/content_choice.h"
#include "core/content_loader.h"
#include "core/content_paths.h"
#include "core/service_hours.h"
#include "core/stats_report.h"
#include "core/stats_store.h"
#include "core/worker_pin.h"
#include "platform/process_guard.h"
#include "platform/bench.h"
#include "platform/effects.h"
#include "platform/fonts.h"
#include "platform/monkey.h"
#include "platform/shoot.h"
#include "platform/window_loop.h"

namespace {

// Parses "WxH"; false when malformed or out of a sane range.
bool parseSize(const std::string& text, int& w, int& h) {
    if (text.empty()) return true;
    if (std::sscanf(text.c_str(), "%dx%d", &w, &h) != 2) return false;
    return w >= 320 && h >= 240 && w <= 7680 && h <= 4320;
}

void reportErrors(const std::string& dir, const core::LoadResult& loaded) {
    std::cerr << "repere: the content in " << core::escapeControls(dir) << " has errors; run `repere check "
              << core::escapeControls(dir) << "`:\n";
    for (const auto& d : loaded.diagnostics) std::cerr << core::format(d) << '\n';
}

// One line from standard input; on a terminal, after a prompt and without echo.
std::string readSecretLine(const char* prompt, bool terminal) {
    termios saved{};
    if (terminal) {
        std::cerr << prompt << std::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << '\n';
    }
    return line;
}

int setPin(const std::string& data) {
    const bool terminal = isatty(STDIN_FILENO) != 0;
    const std::string pin = readSecretLine("New team PIN (6 to 12 digits): ", terminal);
    if (!core::isValidPin(pin)) { std::cerr << "repere pin set: the PIN must be 6 to 12 digits\n"; return 2; }
    if (core::isGuessablePin(pin)) {
        std::cerr << "repere pin set: this PIN is too easy to guess (repeated digits, a sequence or a common PIN)\n";
        return 2;
    }
    if (terminal && readSecretLine("The same PIN again: ", terminal) != pin) {
        std::cerr << "repere pin set: the two PINs differ; nothing saved\n";
        return 2;
    }
    const auto hash = core::hashPin(pin);
    core::StatsStore store(data);
    if (!hash || !store.saveSetting(core::setting::kPinHash, *hash) || !store.saveSetting(core::setting::kPinFailures, "0")) {
        std::cerr << "repere pin set: not saved: " << (hash ? store.problem() : "hashing failed") << '\n';
        return 1;
    }
    std::cout << "PIN saved (as an Argon2id hash) in " << store.path() << '\n';
    return 0;
}

int printStats(const core::Content& content, const std::string& data, const std::string& csv, const std::string& lang) {
    const std::optional<core::LanguageIndex> language = lang.empty() ? content.defaultLanguage : content.languageIndex(lang);
    if (!language) { std::cerr << "repere stats: unknown language '" << lang << "'\n"; return 2; }
    core::StatsStore store(data);
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

int main(int argc, char** argv) {
    const auto processStart = std::chrono::steady_clock::now();
    CLI::App app{"Repère: anonymous self-assessment and referral kiosk for harm-reduction stands"};
    app.require_subcommand(0, 1);

    std::string contentDir, dataDir, lang, size;
    bool windowed = false, demo = false;
    auto addRunOptions = [&](CLI::App* cmd) {
        cmd->add_flag("--windowed", windowed, "A normal window (laptops) instead of the fullscreen kiosk");
        cmd->add_option("--content", contentDir, "Content directory (default: the installed questionnaires)");
        cmd->add_option("--data", dataDir, "Data directory (default: $XDG_DATA_HOME/repere)");
        cmd->add_option("--lang", lang, "Starting language, e.g. fr or en");
        cmd->add_option("--size", size, "Window size WxH");
        cmd->add_flag("--demo", demo, "Demo mode: records nothing, shows a DEMO mark");
    };
    addRunOptions(&app);
    auto* run = app.add_subcommand("run", "Start the kiosk (the default)");
    addRunOptions(run);

    std::string checkDir;
    auto* check = app.add_subcommand("check", "Validate content; each problem as FILE:LINE:COL: message; exit 1 on error");
    check->add_option("DIR", checkDir, "Content directory (default: the installed questionnaires)");

    platform::ShootOptions shoot;
    std::string shootSize;
    auto* shootCmd = app.add_subcommand("shoot", "Render every screen headlessly to PNG, listed in DIR/index.tsv");
    shootCmd->add_option("--out", shoot.outDir, "Output directory")->required();
    shootCmd->add_option("--lang", shoot.language, "A language id, or all (default)");
    shootCmd->add_option("--size", shootSize, "Image size WxH (default 1920x1080)");
    shootCmd->add_option("--only", shoot.only, "Render one screen id only");
    shootCmd->add_option("--content", contentDir, "Content directory");
    std::string shootAt;
    shootCmd->add_option("--at", shootAt, "The kiosk's clock for \"open now\", e.g. \"Sa 03:00\" (add \" PH\" for a public holiday)");

    platform::MonkeyOptions monkey;
    auto* monkeyCmd = app.add_subcommand("monkey", "Random taps, drags and keys through the real UI, checking invariants");
    monkeyCmd->add_option("--events", monkey.events, "Number of random events (default 2000)");
    monkeyCmd->add_option("--seed", monkey.seed, "Random seed (default 1)");
    monkeyCmd->add_option("--data", monkey.dataDir, "The only place statistics may be recorded");
    monkeyCmd->add_option("--soak", monkey.soakSessions, "Instead: finish N sessions and check memory stays flat");
    monkeyCmd->add_option("--content", contentDir, "Content directory");

    std::string statsCsv;
    auto* statsCmd = app.add_subcommand("stats", "Print the anonymous counters (counts under 5 shown as <5)");
    statsCmd->add_option("--data", dataDir, "Data directory (default: $XDG_DATA_HOME/repere)");
    statsCmd->add_option("--csv", statsCsv, "Also write the same tables as CSV to FILE");
    statsCmd->add_option("--content", contentDir, "Content directory (for topic names)");
    statsCmd->add_option("--lang", lang, "Language of the headings and names, e.g. fr or en (default: the content's)");

    auto* pinCmd = app.add_subcommand("pin", "The team panel's PIN");
    auto* pinSet = pinCmd->add_subcommand("set", "Set the PIN, read from standard input (6 to 12 digits)");
    pinSet->add_option("--data", dataDir, "Data directory (default: $XDG_DATA_HOME/repere)");
    pinCmd->require_subcommand(1);

    auto* benchCmd = app.add_subcommand("bench", "Measure start-up, frame time, memory and recording time (see README)");
    benchCmd->add_option("--content", contentDir, "Content directory");

    commands::ServicesArgs servicesArgs;
    const auto servicesCmds = commands::addServicesCommands(app, servicesArgs, contentDir);

    CLI11_PARSE(app, argc, argv);

    const std::string data = dataDir.empty() ? core::defaultDataDirectory() : dataDir;
    const std::string content = contentDir.empty() ? core::defaultContentDirectory(argv[0], data) : contentDir;
    if (*check) return core::runCheck(checkDir.empty() ? content : checkDir, std::cout, platform::kioskGlyphCoverage());
    if (*benchCmd) return platform::runBench(content, processStart);

    if (*pinCmd) return setPin(data);

    // A broken update must not take the stand down: fall back to the previous good
    // update, then to the shipped content, saying so here and in the team panel.
    const auto candidates = contentDir.empty() ? core::contentCandidates(argv[0], data)
                                               : std::vector<core::ContentCandidate>{{contentDir, core::ContentOrigin::Given}};
    core::ContentChoice choice = core::chooseContent(candidates, [&](const std::string& dir) {
        core::LoadResult result = core::loadContent(dir);
        if (!result.content) {
            reportErrors(dir, result);
            for (size_t i = 0; i + 1 < candidates.size(); ++i) {
                if (candidates[i].directory == dir) std::cerr << "repere: falling back to the content in " << candidates[i + 1].directory << '\n';
            }
        }
        return result;
    });
    if (!choice.content) return 1;
    std::optional<core::Content> loaded = std::move(choice.content);
    if (*statsCmd) return printStats(*loaded, data, statsCsv, lang);
    if (*servicesCmds.services) return commands::runServices(servicesCmds, servicesArgs, *loaded, std::cout, std::cerr);

    if (*shootCmd) {
        if (!parseSize(shootSize, shoot.width, shoot.height)) { std::cerr << "repere shoot: --size must be WxH\n"; return 2; }
        if (!shootAt.empty() && !(shoot.at = core::parseLocalTime(shootAt))) {
            std::cerr << "repere shoot: --at must be a day and a time, e.g. \"Sa 03:00\"\n";
            return 2;
        }
        return platform::runShoot(*loaded, shoot);
    }
    if (*monkeyCmd) return platform::runMonkey(*loaded, monkey);

    platform::WindowOptions window;
    window.windowed = windowed;
    if (!parseSize(size, window.width, window.height)) { std::cerr << "repere: --size must be WxH\n"; return 2; }
    std::optional<core::LanguageIndex> language;
    if (!lang.empty()) {
        language = loaded->languageIndex(lang);
        if (!language) { std::cerr << "repere: unknown language '" << lang << "'\n"; return 2; }
    }
    const platform::ProcessGuard guard = platform::guardProcessMemory();
    if (!guard.why.empty()) std::cerr << "repere: " << guard.why << '\n';
    core::StatsStore store(data);
    if (!store.problem().empty()) std::cerr << "repere: " << store.problem() << " (the kiosk runs; nothing is lost while it runs)\n";
    if (!store.notice().empty()) std::cerr << "repere: " << store.notice() << '\n';
    platform::EffectRunner effects(&store, choice.chosen.directory, std::make_unique<core::Content>(std::move(*loaded)), data);
    effects.setContentStatus(choice.statusId, choice.statusDetail);
    core::KioskSettings settings;
    settings.demo = demo;
    const int code = platform::runWindow(effects, settings, window, language);
    if (store.batchesWaiting() > 0) std::cerr << "repere: " << store.batchesWaiting() << " batches of sessions could not be saved: " << store.problem() << '\n';
    return code;
}
