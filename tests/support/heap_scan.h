// Test support: searches this process's writable anonymous memory (the heap, mmap'd
// blocks, allocator arenas) for a byte string, as someone reading a memory image would.
// The needle is held masked (each byte XOR kMask) so the test's own copy never matches.
#pragma once
#include <cstddef>
#include <vector>

namespace testing {

constexpr unsigned char kMask = 0xA5;

std::vector<unsigned char> masked(const void* data, size_t size);

// True when the unmasked needle occurs in resident, writable, anonymous memory.
bool memoryHolds(const std::vector<unsigned char>& maskedNeedle);

} // namespace testing
