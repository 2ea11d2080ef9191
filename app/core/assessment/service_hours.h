// "Open now" for services: whether each is open at the kiosk's local time, the line a
// person reads under it ("Open now, until 02:00", "Closed, opens at 08:00"), and the
// order that puts open services before closed ones. Pure: the time is passed in.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/model/content.h"
#include "core/model/opening_hours.h"

namespace core {

enum class OpenNow { Unknown, Open, Closed };

// Unknown when the service has no structured hours or the time is not known.
OpenNow openNow(const Service& service, const std::optional<LocalTime>& now);

// The line under a service in `language`; empty when unknown.
std::string openNowLine(const Content& content, const Service& service, const std::optional<LocalTime>& now,
                        LanguageIndex language);

// Under a dial code on the take-away screen (never on the code, which is read later:
// take_away_hours.h): the same line, except for lines open around the clock (their
// schedule already says so) and unknown hours: empty.
std::string takeAwayOpenNote(const Content& content, const Service& service, const std::optional<LocalTime>& now,
                             LanguageIndex language);

// Stable: open services first, then those with unknown hours, closed ones last.
void openFirst(const Content& content, std::vector<int>& services, const std::optional<LocalTime>& now);

// "Sa 03:00" (two-letter weekday as in opening_hours, then HH:MM), optionally followed by
// " PH" for a public holiday. For `--at` on the command line and for tests.
std::optional<LocalTime> parseLocalTime(const std::string& text);

} // namespace core
