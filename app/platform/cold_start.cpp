// fork, exec of /proc/self/exe, sampling of /proc/PID/smaps_rollup, wait4.
#include "platform/cold_start.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>

namespace platform {
namespace {

// The process's proportional set size in kB, or 0 when it cannot be read.
long pssKb(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/smaps_rollup");
    std::string key;
    long value = 0;
    while (in >> key) {
        if (key == "Pss:" && in >> value) return value;
        in.ignore(1 << 12, '\n');
    }
    return 0;
}

[[noreturn]] void execSelf(const std::vector<std::string>& args) {
    const int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) dup2(devnull, STDOUT_FILENO);
    std::vector<char*> argv{const_cast<char*>("repere")};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv("/proc/self/exe", argv.data());
    _exit(127);
}

} // namespace

ColdRun runColdStart(const std::vector<std::string>& args) {
    using Clock = std::chrono::steady_clock;
    ColdRun run;
    std::fflush(nullptr);
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) execSelf(args);
    if (pid < 0) return run;
    long peakPss = 0;
    int status = 0;
    rusage usage{};
    while (true) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid || done < 0) break;
        peakPss = std::max(peakPss, pssKb(pid));
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    run.wallMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    run.peakPssMb = static_cast<double>(peakPss) / 1024.0;
    run.peakRssMb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    return run;
}

} // namespace platform
