// Keeps the process's memory to itself: not dumpable (no core file, no ptrace attach by
// the same user), no core dumps, and locked against swap where the system allows it, so
// what a person typed never lands on a disk through the back door.
#pragma once
#include <string>

namespace io {

struct ProcessGuard {
    bool notDumpable = false;
    bool noCoreDumps = false;
    bool memoryLocked = false;
    std::string why;  // why memory is not locked, when it is not (for a log line; never about a person)
};

// Locking is tried only when it cannot make later allocations fail: with CAP_IPC_LOCK or
// an unlimited RLIMIT_MEMLOCK (the kiosk unit sets LimitMEMLOCK=infinity). Fails softly.
ProcessGuard guardProcessMemory();

} // namespace io
