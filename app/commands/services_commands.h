// `repere services …`: import a directory of local services (FINESS, Open Referral HSDS)
// into a services.toml, and export ours as HSDS. One function per subcommand, each in
// its own file; addServicesCommand (command_line.h) declares them all.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/model/content.h"

namespace commands {

struct ServicesArgs {
    std::string input;                      // the FINESS file, or the HSDS directory to read or write
    std::vector<std::string> departements;
    std::string region;
    std::string near;                       // "LAT,LON"
    std::vector<std::string> needs;         // HSDS import: needs of services that carry none
    std::string verified;                   // HSDS import: date for services without last_modified
    std::string language;                   // HSDS export: language of the text (default: the content's)
    std::string out;                        // services.toml to write
};

struct ServicesCommands {
    CLI::App* services = nullptr;
    CLI::App* importFiness = nullptr;
    CLI::App* importHsds = nullptr;
    CLI::App* exportHsds = nullptr;
};

// Declares `services` and its subcommands on `app`; their values land in `args`.
ServicesCommands addServicesCommands(CLI::App& app, ServicesArgs& args, std::string& contentDir);

// Runs whichever subcommand was given. Exit code: 0 done, 1 bad input (nothing written), 2 usage.
int runServices(const ServicesCommands& commands, const ServicesArgs& args, const core::Content& content,
                std::ostream& out, std::ostream& err);

int importFinessCommand(const ServicesArgs& args, const core::Content& content, std::ostream& out, std::ostream& err);
int importHsdsCommand(const ServicesArgs& args, const core::Content& content, std::ostream& out, std::ostream& err);
int exportHsdsCommand(const ServicesArgs& args, const core::Content& content, std::ostream& out, std::ostream& err);

} // namespace commands
