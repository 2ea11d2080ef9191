// The take-away screen's steps on the person's state: the code rebuilt from their
// choices, a line ticked or unticked. The choices live in Person and go with its wipe.
#pragma once
#include "core/kiosk/kiosk.h"

namespace core {

// Builds the take-away of the person's result in the shown language, from their choices.
void rebuildTakeAway(Kiosk& kiosk);

// Ticks the line if unticked, unticks it if ticked, and rebuilds the code. A line that
// is not on the screen's list changes nothing.
void toggleTakeAwayLine(Kiosk& kiosk, const TakeAwayLineId& line);

} // namespace core
