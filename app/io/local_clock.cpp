// See local_clock.h.
#include "io/local_clock.h"

#include <ctime>

#include "core/model/public_holidays.h"

namespace io {

using namespace core;  // io works on the core's types

std::optional<core::LocalTime> systemLocalTime() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    if (now == static_cast<std::time_t>(-1) || !localtime_r(&now, &local)) return std::nullopt;
    core::LocalTime t;
    t.weekday = (local.tm_wday + 6) % 7;  // tm: Sunday = 0; ours: Monday = 0
    t.minute = local.tm_hour * 60 + local.tm_min;
    t.holiday = core::isFrenchPublicHoliday(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
    return t;
}

} // namespace io
