// `repere bench`: start-up, frame time, memory and recording time (platform/bench.h).
#include "commands/command_line.h"
#include "platform/bench.h"

namespace commands {

Subcommand addBenchCommand(CLI::App& app, CommandLine& line) {
    auto* bench = app.add_subcommand("bench", "Measure start-up, frame time, memory and recording time (see README)");
    bench->add_option("--content", line.contentDir, "Content directory");
    return {bench, [&line] { return platform::runBench(line.contentDirectory(), line.started); }};
}

} // namespace commands
