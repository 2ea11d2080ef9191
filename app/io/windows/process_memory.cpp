// Resident memory through the process status API (Windows: the working set).
#include "io/machine/process_memory.h"

#include <windows.h>
#include <psapi.h>

namespace io {
namespace {

PROCESS_MEMORY_COUNTERS counters() {
    PROCESS_MEMORY_COUNTERS c{};
    c.cb = sizeof c;
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &c, sizeof c)) c = PROCESS_MEMORY_COUNTERS{};
    return c;
}

} // namespace

long residentMemoryKb() { return static_cast<long>(counters().WorkingSetSize / 1024); }

double peakResidentMemoryMb() { return static_cast<double>(counters().PeakWorkingSetSize) / (1024.0 * 1024.0); }

long processId() { return static_cast<long>(GetCurrentProcessId()); }

} // namespace io
