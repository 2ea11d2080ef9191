// Idle countdown timing.
#include "core/kiosk/idle.h"

#include <algorithm>

namespace core {

IdleState idleState(int64_t msSinceInput, const KioskSettings& settings, Screen screen) {
    IdleState s;
    if (screen == Screen::Welcome) return s;  // nothing to forget
    msSinceInput = std::max<int64_t>(0, msSinceInput);
    if (screen == Screen::Neutral || screen == Screen::TeamPin || screen == Screen::TeamPanel) {
        // No countdown: the neutral screen and the team panel just close.
        const int64_t limit = int64_t{screen == Screen::Neutral ? kNeutralScreenSeconds : kTeamIdleSeconds} * 1000;
        if (msSinceInput >= limit) s.phase = IdlePhase::Expired;
        else s.msUntilChange = limit - msSinceInput;
        return s;
    }
    const int64_t countdownStart = int64_t{std::max(1, settings.idleSeconds)} * 1000;
    const int64_t end = countdownStart + int64_t{std::max(1, settings.countdownSeconds)} * 1000;
    if (msSinceInput < countdownStart) {
        s.msUntilChange = countdownStart - msSinceInput;
    } else if (msSinceInput < end) {
        s.phase = IdlePhase::CountingDown;
        const int64_t left = end - msSinceInput;
        s.secondsLeft = static_cast<int>((left + 999) / 1000);
        s.msUntilChange = left - int64_t{s.secondsLeft - 1} * 1000;  // to the next whole second shown
    } else {
        s.phase = IdlePhase::Expired;
    }
    return s;
}

} // namespace core
