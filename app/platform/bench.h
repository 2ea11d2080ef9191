// `repere bench`: the figures the README reports, measured in this process: start to
// first frame, content load and validation, CPU time per frame at 1920×1080 with the
// software renderer over a scripted session, peak resident memory, and the time to
// record a finished session with full sync, the font atlas's size, and cold starts of
// `repere shoot` as separate processes (one screen; every screen). A real window is
// measured by bench/real_window.sh (it needs a display).
#pragma once
#include <chrono>
#include <string>

namespace platform {

// `processStart`: taken first thing in main(), so start-up includes everything.
int runBench(const std::string& contentDir, std::chrono::steady_clock::time_point processStart);

} // namespace platform
