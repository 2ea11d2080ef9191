// Windows: walks the address space with VirtualQuery and scans committed, private,
// read-write memory (the heaps, thread stacks, allocations), as a memory dump would hold.
#include "support/heap_scan.h"

#include <windows.h>

#include <cstdint>

namespace testing {
namespace {

bool runHolds(const unsigned char* begin, const unsigned char* end, const std::vector<unsigned char>& needle) {
    const unsigned char first = needle[0] ^ kMask;
    for (const unsigned char* p = begin; p + needle.size() <= end; ++p) {
        if (*p != first) continue;
        size_t i = 1;
        while (i < needle.size() && p[i] == (needle[i] ^ kMask)) ++i;
        if (i == needle.size()) return true;
    }
    return false;
}

} // namespace

std::vector<unsigned char> masked(const void* data, size_t size) {
    std::vector<unsigned char> out(size);
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (size_t i = 0; i < size; ++i) out[i] = bytes[i] ^ kMask;
    return out;
}

bool memoryHolds(const std::vector<unsigned char>& maskedNeedle) {
    if (maskedNeedle.empty()) return false;
    MEMORY_BASIC_INFORMATION region{};
    for (const unsigned char* at = nullptr; VirtualQuery(at, &region, sizeof region) == sizeof region;
         at = static_cast<const unsigned char*>(region.BaseAddress) + region.RegionSize) {
        const DWORD writable = PAGE_READWRITE | PAGE_WRITECOPY | PAGE_EXECUTE_READWRITE;
        if (region.State == MEM_COMMIT && region.Type == MEM_PRIVATE && (region.Protect & writable) && !(region.Protect & PAGE_GUARD)) {
            const auto* begin = static_cast<const unsigned char*>(region.BaseAddress);
            if (runHolds(begin, begin + region.RegionSize, maskedNeedle)) return true;
        }
        if (region.RegionSize == 0) break;
    }
    return false;
}

} // namespace testing
