// See local_clock.h.
#include "io/machine/local_clock.h"

#include <ctime>

#include "core/model/public_holidays.h"

namespace io {

using namespace core;  // io works on the core's types

namespace {

// The one reading of the wall clock, broken down in local time.
std::optional<std::tm> localNow() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    if (now == static_cast<std::time_t>(-1) || !localtime_r(&now, &local)) return std::nullopt;
    return local;
}

std::string formatNow(const char* format) {
    const auto local = localNow();
    if (!local) return "";
    char buf[32];
    std::strftime(buf, sizeof buf, format, &*local);
    return buf;
}

} // namespace

std::string localDay() { return formatNow("%Y-%m-%d"); }
std::string localStamp() { return formatNow("%Y%m%d-%H%M%S"); }

std::time_t startOfToday() {
    std::tm midnight = localNow().value_or(std::tm{});
    midnight.tm_hour = midnight.tm_min = midnight.tm_sec = 0;
    midnight.tm_isdst = -1;
    return std::mktime(&midnight);
}

std::optional<core::LocalTime> systemLocalTime() {
    const auto now = localNow();
    if (!now) return std::nullopt;
    const std::tm& local = *now;
    core::LocalTime t;
    t.weekday = (local.tm_wday + 6) % 7;  // tm: Sunday = 0; ours: Monday = 0
    t.minute = local.tm_hour * 60 + local.tm_min;
    t.holiday = core::isFrenchPublicHoliday(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
    return t;
}

} // namespace io
