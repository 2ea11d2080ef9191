// prctl, setrlimit and mlockall for the kiosk process.
#include "io/machine/process_guard.h"

#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace io {

ProcessGuard guardProcessMemory() {
    ProcessGuard g;
    g.notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    const rlimit none{0, 0};
    g.noCoreDumps = setrlimit(RLIMIT_CORE, &none) == 0;
    rlimit lock{};
    getrlimit(RLIMIT_MEMLOCK, &lock);
    // With a finite limit, MCL_FUTURE would make every allocation past it fail.
    if (geteuid() != 0 && lock.rlim_cur != RLIM_INFINITY) {
        g.why = "memory not locked against swap: RLIMIT_MEMLOCK is " + std::to_string(lock.rlim_cur / 1024) + " KiB";
        return g;
    }
    // On fault: pages are locked as they are touched, so large reserved mappings (a GL
    // driver's, thread stacks) are not filled in up front.
    g.memoryLocked = mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT) == 0;
    if (!g.memoryLocked) g.why = std::string("memory not locked against swap: ") + std::strerror(errno);
    return g;
}

} // namespace io
