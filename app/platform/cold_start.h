// Runs this program again as a fresh process (a cold start: nothing initialised, nothing
// cached in the process) and measures it, for `repere bench`: wall time from fork to
// exit, peak proportional set size sampled from /proc every millisecond, and the
// kernel's peak resident set.
#pragma once
#include <string>
#include <vector>

namespace platform {

struct ColdRun {
    bool ok = false;       // started, and exited with code 0
    double wallMs = 0;
    double peakPssMb = 0;  // sampled: a peak shorter than a millisecond can be missed
    double peakRssMb = 0;  // exact (wait4's ru_maxrss)
};

// `args` follow the program's own path; standard output is discarded.
ColdRun runColdStart(const std::vector<std::string>& args);

} // namespace platform
