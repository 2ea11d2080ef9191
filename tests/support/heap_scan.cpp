// Reads /proc/self/maps and scans resident pages only (mincore), so the huge reserved
// regions of a sanitizer's allocator cost little.
#include "support/heap_scan.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace testing {
namespace {

// Plain loops, not memchr: under AddressSanitizer the scan reads memory the sanitizer
// owns (its shadow, its quarantine), which its checks and interceptors would refuse.
#if defined(__GNUC__)
#define REPERE_NO_ASAN __attribute__((no_sanitize("address")))
#else
#define REPERE_NO_ASAN
#endif

REPERE_NO_ASAN bool matchesAt(const unsigned char* p, const std::vector<unsigned char>& needle) {
    for (size_t i = 0; i < needle.size(); ++i) if (p[i] != (needle[i] ^ kMask)) return false;
    return true;
}

REPERE_NO_ASAN bool runHolds(const unsigned char* begin, const unsigned char* end, const std::vector<unsigned char>& needle) {
    const unsigned char first = needle[0] ^ kMask;
    for (const unsigned char* p = begin; p + needle.size() <= end; ++p) {
        if (*p == first && matchesAt(p, needle)) return true;
    }
    return false;
}

// Scans the resident pages of [start, end), run by run.
bool regionHolds(uintptr_t start, uintptr_t end, const std::vector<unsigned char>& needle) {
    const uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
    const uintptr_t chunk = page * 16384;
    std::vector<unsigned char> resident(16384);
    uintptr_t runStart = 0;
    bool inRun = false;
    for (uintptr_t at = start; at < end; at += chunk) {
        const uintptr_t len = std::min(chunk, end - at);
        if (mincore(reinterpret_cast<void*>(at), len, resident.data()) != 0) { inRun = false; continue; }
        for (uintptr_t i = 0; i < len / page; ++i) {
            const uintptr_t p = at + i * page;
            if (resident[i] & 1) {
                if (!inRun) { runStart = p; inRun = true; }
            } else if (inRun) {
                if (runHolds(reinterpret_cast<const unsigned char*>(runStart), reinterpret_cast<const unsigned char*>(p), needle)) return true;
                inRun = false;
            }
        }
    }
    return inRun && runHolds(reinterpret_cast<const unsigned char*>(runStart), reinterpret_cast<const unsigned char*>(end), needle);
}

} // namespace

std::vector<unsigned char> masked(const void* data, size_t size) {
    std::vector<unsigned char> out(size);
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (size_t i = 0; i < size; ++i) out[i] = bytes[i] ^ kMask;
    return out;
}

bool memoryHolds(const std::vector<unsigned char>& needle) {
    if (needle.empty()) return false;
    std::ifstream maps("/proc/self/maps");
    std::vector<std::pair<uintptr_t, uintptr_t>> regions;
    for (std::string line; std::getline(maps, line);) {
        std::istringstream fields(line);
        std::string range, perms, offset, dev, inode, path;
        fields >> range >> perms >> offset >> dev >> inode;
        std::getline(fields, path);
        path.erase(0, path.find_first_not_of(' '));
        if (perms.size() < 2 || perms[0] != 'r' || perms[1] != 'w') continue;
        if (!path.empty() && path != "[heap]") continue;  // files, stacks and the vdso are not the heap
        const size_t dash = range.find('-');
        regions.emplace_back(std::stoull(range.substr(0, dash), nullptr, 16), std::stoull(range.substr(dash + 1), nullptr, 16));
    }
    // Beyond a tebibyte a writable mapping is a sanitizer's shadow of the address space,
    // not memory the program stores data in; walking it page by page takes minutes.
    constexpr uintptr_t kTiB = uintptr_t{1} << 40;
    for (const auto& [start, end] : regions) {
        if (end - start < kTiB && regionHolds(start, end, needle)) return true;
    }
    return false;
}

} // namespace testing
