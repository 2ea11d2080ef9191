// `repere shoot`: every screen rendered headlessly to PNG (platform/shoot.h).
#include <iostream>

#include "commands/command_line.h"
#include "core/assessment/service_hours.h"
#include "platform/shoot.h"

namespace commands {
namespace {

struct ShootArgs {
    platform::ShootOptions options;
    std::string size, at;
};

int runShoot(const CommandLine& line, ShootArgs& args) {
    const core::ContentChoice choice = loadChosenContent(line);
    if (!choice.content) return 1;
    if (!parseSize(args.size, args.options.width, args.options.height)) {
        std::cerr << "repere shoot: --size must be WxH\n";
        return 2;
    }
    if (!args.at.empty() && !(args.options.at = core::parseLocalTime(args.at))) {
        std::cerr << "repere shoot: --at must be a day and a time, e.g. \"Sa 03:00\"\n";
        return 2;
    }
    return platform::runShoot(*choice.content, args.options);
}

} // namespace

Subcommand addShootCommand(CLI::App& app, CommandLine& line) {
    auto args = std::make_shared<ShootArgs>();
    auto* shoot = app.add_subcommand("shoot", "Render every screen headlessly to PNG, listed in DIR/index.tsv");
    shoot->add_option("--out", args->options.outDir, "Output directory")->required();
    shoot->add_option("--lang", args->options.language, "A language id, or all (default)");
    shoot->add_option("--size", args->size, "Image size WxH (default 1920x1080)");
    shoot->add_option("--only", args->options.only, "Render one screen id only");
    shoot->add_flag("--large-text", args->options.largeText, "Every screen with the large text size");
    shoot->add_option("--content", line.contentDir, "Content directory");
    shoot->add_option("--at", args->at, "The kiosk's clock for \"open now\", e.g. \"Sa 03:00\" (add \" PH\" for a public holiday)");
    return {shoot, [&line, args] { return runShoot(line, *args); }};
}

} // namespace commands
