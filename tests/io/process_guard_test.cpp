// The kiosk process keeps its memory to itself (checked in a child, which it changes).
#include <doctest/doctest.h>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "io/machine/process_guard.h"

namespace {

long lockedKiB() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmLck:", 0) == 0) return std::stol(line.substr(6));
    }
    return -1;
}

} // namespace

TEST_CASE("guarded: not dumpable, no core dumps, memory locked when allowed") {
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const io::ProcessGuard g = io::guardProcessMemory();
        rlimit core{};
        getrlimit(RLIMIT_CORE, &core);
        int failures = 0;
        failures += !(g.notDumpable && prctl(PR_GET_DUMPABLE) == 0);
        failures += !(g.noCoreDumps && core.rlim_cur == 0 && core.rlim_max == 0);
        // Tests run as root in CI: locking is allowed there and must have happened. Under
        // AddressSanitizer the shadow of the whole address space cannot be locked: there
        // the guard must fail softly and say why.
#if defined(__SANITIZE_ADDRESS__)
        const bool sanitized = true;
#else
        const bool sanitized = false;
#endif
        if (geteuid() == 0 && !sanitized) failures += !(g.memoryLocked && lockedKiB() > 0);
        else failures += !(g.memoryLocked || !g.why.empty());
        _exit(failures);
    }
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
