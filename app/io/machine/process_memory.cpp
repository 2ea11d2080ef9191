// Resident memory from /proc/self/statm and getrusage (Linux).
#include "io/machine/process_memory.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

namespace io {

long residentMemoryKb() {
    long pages = 0, resident = 0;
    if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        std::fclose(f);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

double peakResidentMemoryMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

long processId() { return static_cast<long>(getpid()); }

} // namespace io
