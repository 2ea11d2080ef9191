// `repere check [DIR]`: validate content, each problem as FILE:LINE:COL: message.
#include <iostream>

#include "commands/command_line.h"
#include "core/content/content_check.h"
#include "io/content/content_file.h"
#include "io/machine/font_files.h"

namespace commands {

Subcommand addCheckCommand(CLI::App& app, CommandLine& line) {
    auto dir = std::make_shared<std::string>();
    auto* check = app.add_subcommand("check", "Validate content; each problem as FILE:LINE:COL: message; exit 1 on error");
    check->add_option("DIR", *dir, "Content directory (default: the installed questionnaires)");
    return {check, [&line, dir] {
                return core::runCheck(dir->empty() ? line.contentDirectory() : *dir, io::contentFileSource(), std::cout, io::kioskGlyphCoverage());
            }};
}

} // namespace commands
