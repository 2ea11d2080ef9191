// The stop signal on Windows: the console's close button, Ctrl+C and Ctrl+Break, logoff
// and shutdown (console events, from a thread Windows starts), and the end of the session
// (WM_QUERYENDSESSION / WM_ENDSESSION to the window, seen through SDL's message hook) end
// the kiosk through its normal exit, as SIGTERM does on Linux.
#include "platform/stop_signals.h"

#include <SDL.h>
#include <windows.h>

#include <atomic>

namespace platform {
namespace {

std::atomic<bool> stopped{false};

void requestStop() {
    if (stopped.exchange(true)) return;
    SDL_Event quit{};
    quit.type = SDL_QUIT;
    SDL_PushEvent(&quit);  // thread-safe
}

BOOL WINAPI onConsoleEvent(DWORD event) {
    requestStop();
    // After a close, logoff or shutdown event returns, Windows ends the process: give the
    // main loop the time it needs to leave normally (Windows allows about 5 s).
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT) Sleep(4000);
    return TRUE;
}

void SDLCALL onWindowMessage(void*, void*, unsigned int message, Uint64 wParam, Sint64) {
    if (message == WM_QUERYENDSESSION || (message == WM_ENDSESSION && wParam)) requestStop();
}

} // namespace

// Nothing to block on Windows: console events arrive on their own thread.
void blockStopSignals() {}

void startStopSignalWatch() {
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
    SDL_SetWindowsMessageHook(onWindowMessage, nullptr);
}

bool stopRequested() { return stopped; }

} // namespace platform
