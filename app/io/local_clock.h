// The kiosk's wall clock: the local time of the machine, to the minute, with whether
// today is a French public holiday. Read once per action, never per frame.
#pragma once
#include <optional>

#include "core/model/opening_hours.h"

namespace io {

// None when the system time cannot be read.
std::optional<core::LocalTime> systemLocalTime();

} // namespace io
