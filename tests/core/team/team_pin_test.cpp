#include <doctest/doctest.h>

#include <vector>

#include "core/team/team_pin.h"

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

TEST_CASE("the wait shows whole seconds, and the display is woken when they change") {
    core::PinGuard g;
    CHECK(g.waitSecondsShown(0) == 0);
    CHECK(g.msUntilWaitTick(0) == -1);
    g.failed(0);
    g.failed(0);  // two wrong tries: 2 s
    CHECK(g.waitSecondsShown(0) == 2);
    CHECK(g.msUntilWaitTick(0) == 1000);     // "2" until 1 s is left
    CHECK(g.waitSecondsShown(500) == 2);     // 1.5 s left reads "2"
    CHECK(g.msUntilWaitTick(500) == 500);
    CHECK(g.waitSecondsShown(1000) == 1);
    CHECK(g.waitSecondsShown(1999) == 1);
    CHECK(g.msUntilWaitTick(1999) == 1);     // the last millisecond: then the pad is free
    CHECK(g.waitSecondsShown(2000) == 0);
    CHECK(g.msUntilWaitTick(2000) == -1);
    // Ticking at each returned moment reads every second exactly once, down to none.
    std::vector<int> shown;
    for (int64_t now = 0; g.msUntilWaitTick(now) >= 0; now += g.msUntilWaitTick(now)) shown.push_back(g.waitSecondsShown(now));
    CHECK(shown == std::vector<int>{2, 1});
}

TEST_CASE("guessable PINs are refused: repeats, runs, repeated groups, common ones") {
    for (const char* pin : {"000000", "111111111", "123456", "234567890", "654321", "987654", "890123", "121212",
                            "123123", "12341234", "112233", "159753", "147258", "696969"}) {
        CAPTURE(pin);
        CHECK(core::isGuessablePin(pin));
    }
    for (const char* pin : {"846213", "480375", "975318", "5829164", "306718249"}) {
        CAPTURE(pin);
        CHECK_FALSE(core::isGuessablePin(pin));
    }
}

TEST_CASE("the wrong-try count is stored and restored; unreadable means locked out") {
    core::PinGuard g;
    g.failed(0);
    g.failed(10);
    CHECK(g.stored() == "2");
    CHECK(core::PinGuard::restored("2").failures == 2);
    CHECK(core::PinGuard::restored("2").waitMs(0) == 2000);
    CHECK(core::PinGuard::restored("x").failures == core::kPinTriesBeforeLockout);
}
