// Opening hours in OpenStreetMap's `opening_hours` syntax (the subset services use:
// weekdays and ranges, several time ranges a day, ranges past midnight, `24/7`, `off`,
// and `PH` for public holidays), and whether a service is open at a given local time.
// Pure functions of their inputs: the kiosk passes its clock in, tests pass a fake one.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

constexpr int kMinutesPerDay = 24 * 60;

// A moment in the kiosk's local time, to the minute.
struct LocalTime {
    int weekday = 0;        // 0 = Monday … 6 = Sunday
    int minute = 0;         // minutes since midnight, 0..1439
    bool holiday = false;   // a public holiday (what `PH` rules apply to)
};

// Minutes from `from` to `to` within a day; `to` may run past midnight (up to 48:00).
struct TimeSpan {
    int from = 0;
    int to = 0;
    bool operator==(const TimeSpan& o) const { return from == o.from && to == o.to; }
};

struct OpeningHours {
    std::string text;                                // as written
    std::array<std::vector<TimeSpan>, 7> week;       // Monday first; spans sorted by start
    std::optional<std::vector<TimeSpan>> holidays;   // set when a `PH` rule exists
    bool alwaysOpen() const;
};

struct OpeningHoursError {
    size_t offset = 0;  // byte offset in the text where the problem is
    std::string message;
};

struct OpeningHoursParse {
    std::optional<OpeningHours> hours;
    std::optional<OpeningHoursError> error;
};

// Rules are separated by `;`; a later rule replaces earlier ones for the days it names
// (so `Mo-Fr 09:00-18:00; We off` closes Wednesday). A rule without days applies to
// every day. An end before its start, or past 24:00, runs into the next morning.
OpeningHoursParse parseOpeningHours(std::string_view text);

struct OpenState {
    bool open = false;
    // When closed: days from now (0 = today, 1 = tomorrow) and the minute it opens.
    // None when it never opens in the coming week.
    std::optional<int> opensInDays;
    int opensAt = 0;
    // When open: minute it closes, days from now; none when open all week long.
    std::optional<int> closesInDays;
    int closesAt = 0;
};

// Whether the hours are open at `now`, and when they next open. Holidays other than
// today are not known, so days ahead follow the weekday rules.
OpenState openState(const OpeningHours& hours, const LocalTime& now);

// "08:00".
std::string clockText(int minute);

// The hours as `opening_hours` text again, one rule per distinct day pattern (for
// writers that rebuild it, and to check a parse round-trips).
std::string formatOpeningHours(const OpeningHours& hours);

} // namespace core
