// One forked process per core (Linux).
#include "platform/process_slices.h"

#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace platform {
namespace {

size_t cores() {
    cpu_set_t set;
    return sched_getaffinity(0, sizeof set, &set) == 0 ? static_cast<size_t>(std::max(1, CPU_COUNT(&set))) : 1;
}

} // namespace

int runInSlices(size_t jobs, const std::function<int(size_t slice, size_t slices)>& work) {
    const size_t processes = std::max<size_t>(1, std::min(cores(), jobs));
    std::fflush(nullptr);
    std::vector<pid_t> children;
    std::vector<size_t> ownSlices{0};
    for (size_t p = 1; p < processes; ++p) {
        const pid_t pid = fork();
        if (pid == 0) { const int code = work(p, processes); std::fflush(nullptr); _exit(code); }
        if (pid > 0) children.push_back(pid);
        else ownSlices.push_back(p);  // no process for it: rendered here
    }
    int result = 0;
    for (size_t slice : ownSlices) result |= work(slice, processes);
    for (pid_t pid : children) {
        int status = 0;
        if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) result = 1;
    }
    return result;
}

} // namespace platform
