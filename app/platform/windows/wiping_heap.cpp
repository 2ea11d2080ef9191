// On Windows, what C++ releases is overwritten before it goes back to the C library: every
// form of operator delete wipes the block (its size from _msize) first. This covers the
// program's own strings and containers, which hold what a person tapped (core/person.h).
// Unlike Linux (wiping_heap.cpp replaces free itself), memory that the C libraries
// (SQLite, libqrencode, SDL) free with the C runtime's free is not overwritten: the
// Windows C runtime's free cannot be replaced in a program. The README says so.
#include <windows.h>

#include <cstdlib>
#include <malloc.h>
#include <new>

namespace {

void wipeAndFree(void* block) noexcept {
    if (!block) return;
    SecureZeroMemory(block, _msize(block));
    std::free(block);
}

void* allocate(std::size_t size) {
    if (void* block = std::malloc(size ? size : 1)) return block;
    throw std::bad_alloc();
}

} // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return std::malloc(size ? size : 1); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return std::malloc(size ? size : 1); }
void operator delete(void* block) noexcept { wipeAndFree(block); }
void operator delete[](void* block) noexcept { wipeAndFree(block); }
void operator delete(void* block, std::size_t) noexcept { wipeAndFree(block); }
void operator delete[](void* block, std::size_t) noexcept { wipeAndFree(block); }
void operator delete(void* block, const std::nothrow_t&) noexcept { wipeAndFree(block); }
void operator delete[](void* block, const std::nothrow_t&) noexcept { wipeAndFree(block); }
