// Work shared out between processes, for `repere shoot`: on Linux one forked process per
// core, each running its slice (a process has its own ImGui context and PNG encoder); on
// Windows, which cannot fork, the slices run one after the other in this process.
#pragma once
#include <cstddef>
#include <functional>

namespace platform {

// Runs work(slice, slices) for every slice, at most one slice per job; 0 when every one
// returned 0.
int runInSlices(size_t jobs, const std::function<int(size_t slice, size_t slices)>& work);

} // namespace platform
