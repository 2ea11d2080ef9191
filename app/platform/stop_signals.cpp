// sigwait in a thread: no work inside a signal handler, and SDL_PushEvent is thread-safe.
#include "platform/stop_signals.h"

#include <SDL.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <thread>

namespace platform {
namespace {

std::atomic<bool> stopped{false};

sigset_t stopSignals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    return set;
}

} // namespace

void blockStopSignals() {
    const sigset_t set = stopSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

void startStopSignalWatch() {
    std::thread([] {
        const sigset_t set = stopSignals();
        int signal = 0;
        if (sigwait(&set, &signal) != 0) return;
        stopped = true;
        SDL_Event quit{};
        quit.type = SDL_QUIT;
        SDL_PushEvent(&quit);
    }).detach();
}

bool stopRequested() { return stopped; }

} // namespace platform
