// SIGTERM, SIGINT and SIGHUP (systemctl stop, shutdown, Ctrl+C) end the kiosk through its
// normal exit, so the statistics store closes cleanly, even in kiosk mode where the
// window's own quit request is ignored.
#pragma once

namespace platform {

// Blocks the stop signals in this thread and the threads it starts from now on (call it
// before SDL_Init), and waits for them in a thread of its own, which turns one into an
// SDL_QUIT event. Call after SDL_Init the second part: startStopSignalWatch().
void blockStopSignals();
void startStopSignalWatch();
// True once a stop signal has arrived.
bool stopRequested();

} // namespace platform
