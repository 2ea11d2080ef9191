// The kiosk's wall clock: the local time of the machine, to the minute, with whether
// today is a French public holiday. Read once per action, never per frame.
#pragma once
#include <ctime>
#include <optional>
#include <string>

#include "core/model/opening_hours.h"

namespace io {

// None when the system time cannot be read.
std::optional<core::LocalTime> systemLocalTime();

// Today's date as YYYY-MM-DD in local time (the finest time the statistics ever keep).
std::string localDay();
// Now to the second, YYYYMMDD-HHMMSS: only to name a damaged file moved aside.
std::string localStamp();
// Local midnight today: what the store sets its files' times back to.
std::time_t startOfToday();

} // namespace io
