// Whether the person walked away: a pure function of the time since the last input,
// the settings and the screen (hello_imgui's tested idling decision, with a fake clock).
#pragma once
#include <cstdint>

#include "core/kiosk/kiosk.h"
#include "core/team/team_panel.h"

namespace core {

enum class IdlePhase { Active, CountingDown, Expired };

struct IdleState {
    IdlePhase phase = IdlePhase::Active;
    int secondsLeft = 0;          // during the countdown: whole seconds shown
    int64_t msUntilChange = -1;   // when the display next changes (-1: never, nothing to wait for)
};

// The neutral screen after a quick exit goes back to welcome on its own after this long.
constexpr int kNeutralScreenSeconds = 8;

IdleState idleState(int64_t msSinceInput, const KioskSettings& settings, Screen screen);

} // namespace core
