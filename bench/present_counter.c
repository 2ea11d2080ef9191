/* For bench/real_window.sh, preloaded into a real kiosk: the process CPU time at each
 * SDL_RenderPresent, written at exit as one line per frame (CPU milliseconds since the
 * previous present) to $REPERE_FRAME_LOG. The kiosk sleeps between frames, so each
 * line is what one frame (its events, layout and drawing, all threads) cost. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { kMaxFrames = 100000 };
static double cpuMs[kMaxFrames];
static int frames;

static double processCpuMs(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

void SDL_RenderPresent(void* renderer) {
    static void (*real)(void*);
    if (!real) real = (void (*)(void*))dlsym(RTLD_NEXT, "SDL_RenderPresent");
    real(renderer);
    if (frames < kMaxFrames) cpuMs[frames++] = processCpuMs();
}

__attribute__((destructor)) static void writeFrames(void) {
    const char* path = getenv("REPERE_FRAME_LOG");
    FILE* out = path ? fopen(path, "w") : NULL;
    if (!out) return;
    for (int i = 1; i < frames; ++i) fprintf(out, "%.3f\n", cpuMs[i] - cpuMs[i - 1]);
    fclose(out);
}
