// Command line: the subcommands of the contract in DESIGN.md, each declared and run by
// its own file in app/commands/ (command_line.h). Parses, then hands over to the one given.
#include <CLI/CLI.hpp>

#include <chrono>
#include <vector>

#include "commands/command_line.h"

int main(int argc, char** argv) {
    commands::CommandLine line;
    line.started = std::chrono::steady_clock::now();
    line.program = argv[0];
    CLI::App app{"Repère: anonymous self-assessment and referral kiosk for harm-reduction stands"};
    app.require_subcommand(0, 1);
    // The same command line everywhere: CLI11 would take "/path" for an option on Windows.
    app.allow_windows_style_options(false);
    const std::vector<commands::Subcommand> subcommands = {
        commands::addRunCommand(app, line),   commands::addCheckCommand(app, line), commands::addShootCommand(app, line),
        commands::addMonkeyCommand(app, line), commands::addStatsCommand(app, line), commands::addExplainCommand(app, line),
        commands::addPinCommand(app, line),
        commands::addBenchCommand(app, line), commands::addServicesCommand(app, line),
        commands::addPackCommand(app, line),  commands::addTrustCommand(app, line),
    };
    CLI11_PARSE(app, argc, argv);
    for (const auto& s : subcommands) {
        if (*s.command) return s.run();
    }
    return subcommands.front().run();  // no subcommand: run the kiosk
}
