#include <doctest/doctest.h>

#include "core/kiosk/idle.h"

using core::IdlePhase;

TEST_CASE("welcome never times out") {
    const auto s = core::idleState(10'000'000, {}, core::Screen::Welcome);
    CHECK(s.phase == IdlePhase::Active);
    CHECK(s.msUntilChange == -1);
}

TEST_CASE("active, countdown by whole seconds, then expired") {
    core::KioskSettings settings;
    settings.idleSeconds = 60;
    settings.countdownSeconds = 15;
    auto s = core::idleState(0, settings, core::Screen::Question);
    CHECK(s.phase == IdlePhase::Active);
    CHECK(s.msUntilChange == 60'000);
    s = core::idleState(59'999, settings, core::Screen::Question);
    CHECK(s.phase == IdlePhase::Active);
    CHECK(s.msUntilChange == 1);
    s = core::idleState(60'000, settings, core::Screen::Results);
    CHECK(s.phase == IdlePhase::CountingDown);
    CHECK(s.secondsLeft == 15);
    CHECK(s.msUntilChange == 1000);
    s = core::idleState(60'400, settings, core::Screen::Results);
    CHECK(s.secondsLeft == 15);
    CHECK(s.msUntilChange == 600);
    s = core::idleState(74'001, settings, core::Screen::End);
    CHECK(s.secondsLeft == 1);
    CHECK(s.msUntilChange == 999);
    s = core::idleState(75'000, settings, core::Screen::End);
    CHECK(s.phase == IdlePhase::Expired);
}

TEST_CASE("the neutral screen returns by itself, without a countdown") {
    auto s = core::idleState(1000, {}, core::Screen::Neutral);
    CHECK(s.phase == IdlePhase::Active);
    CHECK(s.msUntilChange == (core::kNeutralScreenSeconds - 1) * 1000);
    s = core::idleState(core::kNeutralScreenSeconds * 1000, {}, core::Screen::Neutral);
    CHECK(s.phase == IdlePhase::Expired);
}
