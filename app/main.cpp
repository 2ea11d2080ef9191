// Command line: parses the subcommands of the contract in DESIGN.md and hands over.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "core/content_check.h"
#include "core/content_paths.h"

int main(int argc, char** argv) {
    CLI::App app{"Repère: anonymous self-assessment and referral kiosk for harm-reduction stands"};
    app.require_subcommand(0, 1);

    std::string checkDir;
    auto* check = app.add_subcommand("check", "Validate content; each problem as FILE:LINE:COL: message; exit 1 on error");
    check->add_option("DIR", checkDir, "Content directory (default: the installed questionnaires)");

    CLI11_PARSE(app, argc, argv);

    if (*check) {
        const std::string dir = checkDir.empty() ? core::defaultContentDirectory(argv[0]) : checkDir;
        return core::runCheck(dir, std::cout);
    }
    std::cerr << "repere: the kiosk interface is not built yet; only `repere check` works for now.\n";
    return 2;
}
