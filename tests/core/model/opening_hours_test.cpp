// The opening_hours subset: what parses, what is refused and where, and "open now"
// against a fake clock across midnight and across the week.
#include <doctest/doctest.h>

#include "core/model/opening_hours.h"

namespace {

core::OpeningHours parsed(const std::string& text) {
    auto p = core::parseOpeningHours(text);
    INFO(text << ": " << (p.error ? p.error->message : ""));
    REQUIRE(p.hours.has_value());
    return *p.hours;
}

size_t errorAt(const std::string& text) {
    auto p = core::parseOpeningHours(text);
    INFO(text);
    REQUIRE(p.error.has_value());
    CHECK_FALSE(p.hours.has_value());
    CHECK_FALSE(p.error->message.empty());
    return p.error->offset;
}

constexpr int kMon = 0, kTue = 1, kWed = 2, kFri = 4, kSat = 5, kSun = 6;
core::LocalTime at(int weekday, int hour, int minute = 0, bool holiday = false) {
    return {weekday, hour * 60 + minute, holiday};
}

} // namespace

TEST_CASE("opening_hours: days, ranges and several spans a day") {
    const auto h = parsed("Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-13:00");
    CHECK(h.week[kMon] == std::vector<core::TimeSpan>{{540, 720}, {840, 1080}});
    CHECK(h.week[kFri].size() == 2);
    CHECK(h.week[kSat] == std::vector<core::TimeSpan>{{600, 780}});
    CHECK(h.week[kSun].empty());
    CHECK_FALSE(h.holidays.has_value());
    CHECK(core::formatOpeningHours(h) == "Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-13:00");
}

TEST_CASE("opening_hours: a later rule replaces the days it names; lists and wrapping ranges") {
    const auto h = parsed("Mo-Fr 09:00-18:00; We off");
    CHECK(h.week[kWed].empty());
    CHECK(h.week[kTue].size() == 1);
    const auto wrap = parsed("Sa-Mo 20:00-23:00");
    CHECK(wrap.week[kSat].size() == 1);
    CHECK(wrap.week[kSun].size() == 1);
    CHECK(wrap.week[kMon].size() == 1);
    CHECK(wrap.week[kTue].empty());
    const auto list = parsed("Mo,We,Fr 10:00-11:00");
    CHECK(list.week[kWed].size() == 1);
    CHECK(list.week[kTue].empty());
}

TEST_CASE("opening_hours: 24/7, rules without days, days without hours, PH off") {
    CHECK(parsed("24/7").alwaysOpen());
    const auto everyDay = parsed("08:00-02:00");
    for (const auto& day : everyDay.week) CHECK(day == std::vector<core::TimeSpan>{{480, 1560}});
    CHECK(parsed("Mo-Su").alwaysOpen());
    const auto ph = parsed("Mo-Fr 09:00-17:00; PH off");
    REQUIRE(ph.holidays.has_value());
    CHECK(ph.holidays->empty());
    const auto withPh = parsed("Mo-Fr,PH 10:00-12:00");
    REQUIRE(withPh.holidays.has_value());
    CHECK(withPh.holidays->size() == 1);
    CHECK(parsed("Mo 22:00-24:00").week[kMon] == std::vector<core::TimeSpan>{{1320, 1440}});
    // Formatting reads back the same, ranges past midnight and a full 24 hours included.
    for (const char* text : {"Fr,Sa 22:00-04:00", "Mo 10:00-34:00", "Mo-Fr 09:00-12:00,14:00-18:00; PH off", "We 00:00-24:00"}) {
        const auto h = parsed(text);
        CHECK(parsed(core::formatOpeningHours(h)).week == h.week);
    }
    CHECK(core::formatOpeningHours(parsed("Fr 22:00-28:00")) == "Fr 22:00-04:00");
    CHECK(core::formatOpeningHours(parsed("Mo 10:00-34:00")) == "Mo 10:00-34:00");
}

TEST_CASE("opening_hours: malformed values are refused at the place of the problem") {
    CHECK(errorAt("") == 0);
    CHECK(errorAt("Mo-Fr 9:00-18:00") == 6);
    CHECK(errorAt("Mo-Fx 09:00-18:00") == 3);
    CHECK(errorAt("Lu-Ve 09:00-18:00") == 0);
    CHECK(errorAt("Mo-Fr 09:00-49:00") == 12);
    CHECK(parsed("Fr 22:00-26:00").week[kFri] == std::vector<core::TimeSpan>{{1320, 1560}});
    CHECK(errorAt("Mo-Fr 09:00-09:00") == 12);
    CHECK(errorAt("Mo-Fr 09:00") == 11);
    CHECK(errorAt("Mo-Fr 09:60-10:00") == 6);
    CHECK(errorAt("Mo-Fr 09:00-18:00;") == 18);
    CHECK(errorAt("Mo-Fr 09:00-18:00; Sa 10:00-12:00 please") == 34);
    CHECK(errorAt("Mo-Fr09:00-18:00") == 5);
    CHECK(errorAt("24/7 Mo") == 0);
}

TEST_CASE("open now: across midnight, a range that started the day before") {
    const auto h = parsed("Mo-Su 08:00-02:00");  // Drogues Info Service's hours
    const auto lateSaturday = core::openState(h, at(kSat, 23, 30));
    CHECK(lateSaturday.open);
    REQUIRE(lateSaturday.closesInDays.has_value());
    CHECK(*lateSaturday.closesInDays == 1);
    CHECK(lateSaturday.closesAt == 120);
    CHECK(core::openState(h, at(kSun, 1, 59)).open);
    const auto three = core::openState(h, at(kSun, 3, 0));
    CHECK_FALSE(three.open);
    REQUIRE(three.opensInDays.has_value());
    CHECK(*three.opensInDays == 0);
    CHECK(three.opensAt == 480);
    CHECK(core::openState(h, at(kSun, 2, 0)).open == false);
    CHECK(core::openState(h, at(kSun, 8, 0)).open);
}

TEST_CASE("open now: across the week, next opening on a later day") {
    const auto h = parsed("Mo-Fr 09:00-17:00");
    const auto friEvening = core::openState(h, at(kFri, 18, 0));
    CHECK_FALSE(friEvening.open);
    REQUIRE(friEvening.opensInDays.has_value());
    CHECK(*friEvening.opensInDays == 3);  // Monday
    CHECK(friEvening.opensAt == 540);
    const auto sunday = core::openState(h, at(kSun, 23, 59));
    REQUIRE(sunday.opensInDays.has_value());
    CHECK(*sunday.opensInDays == 1);
    const auto monMorning = core::openState(h, at(kMon, 8, 59));
    CHECK(*monMorning.opensInDays == 0);
    CHECK(core::openState(h, at(kMon, 9, 0)).open);
    CHECK_FALSE(core::openState(h, at(kMon, 17, 0)).open);
    // Sunday night into Monday: a span past midnight on the last day of the week.
    const auto sundayNight = parsed("Su 22:00-03:00");
    CHECK(core::openState(sundayNight, at(kMon, 2, 30)).open);
    CHECK_FALSE(core::openState(sundayNight, at(kMon, 3, 0)).open);
    CHECK(*core::openState(sundayNight, at(kMon, 3, 0)).opensInDays == 6);
}

TEST_CASE("open now: 24/7 never closes; never-open hours never open; holidays") {
    const auto always = core::openState(parsed("24/7"), at(kWed, 4, 0));
    CHECK(always.open);
    CHECK_FALSE(always.closesInDays.has_value());
    const auto never = core::openState(parsed("off"), at(kWed, 4, 0));
    CHECK_FALSE(never.open);
    CHECK_FALSE(never.opensInDays.has_value());
    const auto h = parsed("Mo-Fr 09:00-17:00; PH off");
    CHECK(core::openState(h, at(kTue, 10, 0)).open);
    const auto holiday = core::openState(h, at(kTue, 10, 0, true));
    CHECK_FALSE(holiday.open);
    CHECK(*holiday.opensInDays == 1);
    // Touching spans count as one stretch: open until 02:00 the next day.
    const auto joined = core::openState(parsed("Fr 18:00-24:00; Sa 00:00-02:00"), at(kFri, 20, 0));
    CHECK(*joined.closesInDays == 1);
    CHECK(joined.closesAt == 120);
}

TEST_CASE("clock text") {
    CHECK(core::clockText(0) == "00:00");
    CHECK(core::clockText(8 * 60) == "08:00");
    CHECK(core::clockText(23 * 60 + 59) == "23:59");
    CHECK(core::clockText(26 * 60) == "02:00");
}
