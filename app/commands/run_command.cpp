// `repere` / `repere run`: the kiosk in a real window, with the statistics store, the
// process guard and the content chosen (platform/window_loop.h).
#include <iostream>
#include <memory>

#include "commands/command_line.h"
#include "io/store/stats_store.h"
#include "io/effects.h"
#include "io/machine/process_guard.h"
#include "platform/window_loop.h"

namespace commands {
namespace {

struct RunArgs {
    std::string size;
    std::string renderer = "auto";
    bool windowed = false, demo = false;
};

int runKiosk(const CommandLine& line, const RunArgs& args) {
    core::ContentChoice choice = loadChosenContent(line);
    if (!choice.content) return 1;
    platform::WindowOptions window;
    window.windowed = args.windowed;
    window.renderer = core::parseRendererRequest(args.renderer).value_or(core::RendererRequest::Auto);
    if (!parseSize(args.size, window.width, window.height)) { std::cerr << "repere: --size must be WxH\n"; return 2; }
    core::RunOptions thisRun;
    thisRun.demo = args.demo;
    if (!line.lang.empty()) {
        thisRun.language = choice.content->languageIndex(line.lang);
        if (!thisRun.language) { std::cerr << "repere: unknown language '" << line.lang << "'\n"; return 2; }
    }
    const io::ProcessGuard guard = io::guardProcessMemory();
    if (!guard.why.empty()) std::cerr << "repere: " << guard.why << '\n';
    const std::string data = line.dataDirectory();
    io::StatsStore store(data);
    if (!store.problem().empty()) std::cerr << "repere: " << store.problem() << " (the kiosk runs; nothing is lost while it runs)\n";
    if (!store.notice().empty()) std::cerr << "repere: " << store.notice() << '\n';
    io::EffectRunner effects(&store, choice.chosen.directory, std::make_unique<core::Content>(std::move(*choice.content)), data);
    effects.setContentStatus(choice.statusId, choice.statusDetail);
    const int code = platform::runWindow(effects, thisRun, window);
    if (store.batchesWaiting() > 0) std::cerr << "repere: " << store.batchesWaiting() << " batches of sessions could not be saved: " << store.problem() << '\n';
    return code;
}

void addRunOptions(CLI::App* cmd, CommandLine& line, RunArgs& args) {
    cmd->add_flag("--windowed", args.windowed, "A normal window (laptops) instead of the fullscreen kiosk");
    cmd->add_option("--content", line.contentDir, "Content directory (default: the installed questionnaires)");
    cmd->add_option("--data", line.dataDir, "Data directory (default: $XDG_DATA_HOME/repere)");
    cmd->add_option("--lang", line.lang, "Starting language, e.g. fr or en");
    cmd->add_option("--size", args.size, "Window size WxH");
    cmd->add_option("--renderer", args.renderer, "auto (OpenGL on a GPU, else software), software or opengl")
        ->check(CLI::IsMember({"auto", "software", "opengl"}));
    cmd->add_flag("--demo", args.demo, "Demo mode: records nothing, shows a DEMO mark");
}

} // namespace

Subcommand addRunCommand(CLI::App& app, CommandLine& line) {
    auto args = std::make_shared<RunArgs>();
    addRunOptions(&app, line, *args);
    auto* run = app.add_subcommand("run", "Start the kiosk (the default)");
    addRunOptions(run, line, *args);
    return {run, [&line, args] { return runKiosk(line, *args); }};
}

} // namespace commands
