// The one YYYY-MM-DD rule (statistics days and content dates).
#include "core/model/calendar_day.h"

namespace core {

bool isDay(const std::string& day) {
    if (day.size() != 10 || day[4] != '-' || day[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) if (day[i] < '0' || day[i] > '9') return false;
    // Digits only from here: no std::stoi, whose result would depend on nothing but is
    // one more parser to trust.
    const auto number = [&](size_t at, size_t n) { int v = 0; for (size_t i = at; i < at + n; ++i) v = v * 10 + (day[i] - '0'); return v; };
    const int year = number(0, 4), month = number(5, 2), dom = number(8, 2);
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 2000 || month < 1 || month > 12 || dom < 1) return false;
    return dom <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

} // namespace core
