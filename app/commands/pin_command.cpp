// `repere pin set`: the team panel's PIN, read from standard input (without echo on a
// terminal, asked twice there), stored only as an Argon2id hash.
#include <iostream>
#include <optional>

#include "commands/command_line.h"
#include "io/store/stats_store.h"
#include "io/machine/terminal_echo.h"
#include "core/kiosk/kiosk.h"
#include "core/team/team_pin.h"

namespace commands {
namespace {

// One line from standard input; on a terminal, after a prompt and without echo.
std::string readSecretLine(const char* prompt, bool terminal) {
    std::optional<io::EchoOff> quiet;
    if (terminal) {
        std::cerr << prompt << std::flush;
        quiet.emplace();
    }
    std::string line;
    std::getline(std::cin, line);
    quiet.reset();
    if (terminal) std::cerr << '\n';
    return line;
}

int setPin(const std::string& data) {
    const bool terminal = io::inputIsTerminal();
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
    io::StatsStore store(data);
    if (!hash || !store.saveSetting(core::setting::kPinHash, *hash) || !store.saveSetting(core::setting::kPinFailures, "0")) {
        std::cerr << "repere pin set: not saved: " << (hash ? store.problem() : "hashing failed") << '\n';
        return 1;
    }
    std::cout << "PIN saved (as an Argon2id hash) in " << store.path() << '\n';
    return 0;
}

} // namespace

Subcommand addPinCommand(CLI::App& app, CommandLine& line) {
    auto* pin = app.add_subcommand("pin", "The team panel's PIN");
    auto* set = pin->add_subcommand("set", "Set the PIN, read from standard input (6 to 12 digits)");
    set->add_option("--data", line.dataDir, "Data directory (default: $XDG_DATA_HOME/repere)");
    pin->require_subcommand(1);
    return {pin, [&line] { return setPin(line.dataDirectory()); }};
}

} // namespace commands
