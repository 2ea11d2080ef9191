// French public holidays (jours fériés of metropolitan France), for `PH` in opening
// hours: eight fixed dates and the three that follow Easter.
#pragma once

namespace core {

// `month` 1..12, `day` 1..31.
bool isFrenchPublicHoliday(int year, int month, int day);

// Easter Sunday of `year` (Gregorian): month and day.
void easterSunday(int year, int& month, int& day);

} // namespace core
