// See public_holidays.h.
#include "core/model/public_holidays.h"

namespace core {
namespace {

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
long daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace

void easterSunday(int year, int& month, int& day) {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    month = (h + l - 7 * m + 114) / 31;
    day = (h + l - 7 * m + 114) % 31 + 1;
}

bool isFrenchPublicHoliday(int year, int month, int day) {
    static const int fixed[][2] = {{1, 1}, {5, 1}, {5, 8}, {7, 14}, {8, 15}, {11, 1}, {11, 11}, {12, 25}};
    for (const auto& f : fixed) if (f[0] == month && f[1] == day) return true;
    int em = 0, ed = 0;
    easterSunday(year, em, ed);
    const long offset = daysFromCivil(year, month, day) - daysFromCivil(year, em, ed);
    return offset == 1 || offset == 39 || offset == 50;  // Easter Monday, Ascension, Whit Monday
}

} // namespace core
