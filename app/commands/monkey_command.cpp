// `repere monkey`: random input through the real UI, checking invariants (platform/monkey.h).
#include "commands/command_line.h"
#include "platform/monkey.h"

namespace commands {

Subcommand addMonkeyCommand(CLI::App& app, CommandLine& line) {
    auto options = std::make_shared<platform::MonkeyOptions>();
    auto* monkey = app.add_subcommand("monkey", "Random taps, drags and keys through the real UI, checking invariants");
    monkey->add_option("--events", options->events, "Number of random events (default 2000)");
    monkey->add_option("--seed", options->seed, "Random seed (default 1)");
    monkey->add_option("--data", options->dataDir, "The only place statistics may be recorded");
    monkey->add_option("--soak", options->soakSessions, "Instead: finish N sessions and check memory stays flat");
    monkey->add_option("--content", line.contentDir, "Content directory");
    return {monkey, [&line, options] {
                const core::ContentChoice choice = loadChosenContent(line);
                return choice.content ? platform::runMonkey(*choice.content, *options) : 1;
            }};
}

} // namespace commands
