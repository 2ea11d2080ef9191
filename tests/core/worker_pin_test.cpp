#include <doctest/doctest.h>

#include "core/worker_pin.h"

TEST_CASE("a PIN is 6 to 12 digits") {
    CHECK(core::isValidPin("123456"));
    CHECK(core::isValidPin("123456789012"));
    CHECK_FALSE(core::isValidPin("12345"));
    CHECK_FALSE(core::isValidPin("1234567890123"));
    CHECK_FALSE(core::isValidPin("12345a"));
    CHECK_FALSE(core::isValidPin(""));
}

TEST_CASE("stored as an Argon2id hash that verifies the right PIN only") {
    const auto hash = core::hashPin("246810");
    REQUIRE(hash.has_value());
    CHECK(hash->rfind("$argon2id$", 0) == 0);
    CHECK(hash->find("246810") == std::string::npos);
    CHECK(core::verifyPin(*hash, "246810"));
    CHECK_FALSE(core::verifyPin(*hash, "246811"));
    CHECK_FALSE(core::verifyPin("", "246810"));
    CHECK_FALSE(core::verifyPin("not a hash", "246810"));
}

TEST_CASE("wrong tries: growing delay, then a lockout; a right PIN resets") {
    core::PinGuard g;
    CHECK(g.waitMs(0) == 0);
    g.failed(1000);
    CHECK(g.waitMs(1000) == 1000);
    CHECK(g.waitMs(2000) == 0);
    g.failed(2000);
    CHECK(g.waitMs(2000) == 2000);
    g.failed(4000);
    CHECK(g.waitMs(4000) == 4000);
    for (int i = 0; i < 4; ++i) g.failed(10'000);
    CHECK(g.waitMs(10'000) == 60'000);  // capped at a minute
    g.failed(100'000);
    CHECK(g.failures == core::kPinTriesBeforeLockout);
    CHECK(g.waitMs(100'000) == core::kPinLockoutMs);
    g.succeeded();
    CHECK(g.waitMs(100'000) == 0);
}
