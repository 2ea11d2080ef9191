// Slices one after the other in this process (Windows has no fork; threads would share
// ImGui's one global context).
#include "platform/process_slices.h"

namespace platform {

int runInSlices(size_t jobs, const std::function<int(size_t slice, size_t slices)>& work) {
    (void)jobs;
    return work(0, 1);
}

} // namespace platform
