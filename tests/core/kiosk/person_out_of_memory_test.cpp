// wipe() when memory runs out: the person is forgotten even when building the blank one
// fails. A program of its own on Windows, where the wiping heap replaces operator new too.
#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>

#include "core/kiosk/kiosk.h"
#include "support/content_fixture.h"
#include "support/kiosk_paths.h"

// This program's operator new can be told to fail once, as when memory is exhausted.
// Every plain, array and nothrow form is replaced, over malloc and free, so that whichever
// form a library uses, memory is released by the same allocator that gave it (AddressSanitizer
// checks that); the aligned forms stay the runtime's, paired among themselves.
namespace {
std::atomic<bool> failNextAllocation{false};
void* allocate(std::size_t n) {
    if (failNextAllocation.exchange(false)) return nullptr;
    return std::malloc(n ? n : 1);
}
} // namespace
void* operator new(std::size_t n) {
    if (void* p = allocate(n)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
    if (void* p = allocate(n)) return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return allocate(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return allocate(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

TEST_CASE("wipe: when building the blank person fails, the person is forgotten anyway and stays valid") {
    core::Kiosk k(testing::shippedContent());
    testing::toCrisisTakeAway(k);
    for (char c : std::string("975318")) k.person.pinTyped.push(c);
    REQUIRE(k.person.holdsAnything());
    failNextAllocation = true;
    CHECK_THROWS_AS(core::wipe(k.person), std::bad_alloc);
    CHECK_FALSE(k.person.holdsAnything());
    CHECK_FALSE(k.person.result.has_value());
    CHECK(k.person.pinTyped.empty());
    core::wipe(k.person);  // and the next wipe works on the same, still valid, object
    CHECK(k.person.session.currentQuestion() >= 0);
}

