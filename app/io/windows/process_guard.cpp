// The kiosk process's memory on Windows. No crash dump: Windows Error Reporting is what
// writes one, and it runs from the default handler of an unhandled exception, so the
// process installs its own that ends it at once, and asks for no error dialog. Memory is
// not locked: Windows has no mlockall, and VirtualLock holds only ranges known in advance
// (a locked working set would not cover the heap's later pages), so `why` says so and the
// README's Privacy section tells the team what follows (the page file).
#include "io/machine/process_guard.h"

#include <windows.h>

namespace io {
namespace {

LONG WINAPI endAtOnce(EXCEPTION_POINTERS*) {
    TerminateProcess(GetCurrentProcess(), 3);
    return EXCEPTION_EXECUTE_HANDLER;
}

} // namespace

ProcessGuard guardProcessMemory() {
    ProcessGuard g;
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX);
    SetUnhandledExceptionFilter(endAtOnce);
    g.notDumpable = true;
    g.noCoreDumps = true;
    g.why = "memory not locked against the page file: Windows cannot lock a whole process (no mlockall)";
    return g;
}

} // namespace io
