// The command line of the contract in DESIGN.md, one subcommand at a time: what the
// subcommands share (--content, --data, --lang and their defaults, the content chosen
// with its fallbacks) and how each plugs in. Each add…Command declares its options on
// the app and returns how to run it once they are parsed; main.cpp only lists them.
#pragma once
#include <chrono>
#include <functional>
#include <string>

#include <CLI/CLI.hpp>

#include "core/content/content_choice.h"

namespace commands {

struct CommandLine {
    const char* program = "";  // argv[0]: the installed content is found next to it
    std::chrono::steady_clock::time_point started;
    // Options several subcommands take; empty means the default.
    std::string contentDir, dataDir, lang;

    std::string dataDirectory() const;     // --data, else $XDG_DATA_HOME/repere
    std::string contentDirectory() const;  // --content, else the installed questionnaires
};

struct Subcommand {
    CLI::App* command = nullptr;
    std::function<int()> run;  // the process exit code
};

// The content to run: --content, else the latest good update, else the shipped content.
// What was refused and each fallback are said on standard error. No content when none loads.
core::ContentChoice loadChosenContent(const CommandLine& line);

// "WxH" into `w` and `h` (unchanged when `text` is empty); false when malformed or out of range.
bool parseSize(const std::string& text, int& w, int& h);

// The subcommands, in the order --help lists them. `run` also declares its options on
// the app itself: it is what runs when no subcommand is given.
Subcommand addRunCommand(CLI::App& app, CommandLine& line);
Subcommand addCheckCommand(CLI::App& app, CommandLine& line);
Subcommand addShootCommand(CLI::App& app, CommandLine& line);
Subcommand addMonkeyCommand(CLI::App& app, CommandLine& line);
Subcommand addStatsCommand(CLI::App& app, CommandLine& line);
Subcommand addExplainCommand(CLI::App& app, CommandLine& line);
Subcommand addPinCommand(CLI::App& app, CommandLine& line);
Subcommand addBenchCommand(CLI::App& app, CommandLine& line);
Subcommand addServicesCommand(CLI::App& app, CommandLine& line);
Subcommand addPackCommand(CLI::App& app, CommandLine& line);
Subcommand addTrustCommand(CLI::App& app, CommandLine& line);

} // namespace commands
