// Kiosks brought to a screen by the person's own actions, for tests that need one there.
#pragma once
#include "core/kiosk/kiosk.h"

namespace testing {

// The take-away of the first sample profile with a crisis (the longest text).
void toCrisisTakeAway(core::Kiosk& k);

} // namespace testing
