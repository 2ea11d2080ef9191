// See service_hours.h.
#include "core/assessment/service_hours.h"

#include <algorithm>
#include <array>

namespace core {
namespace {

constexpr std::array<const char*, 7> kDayIds = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
constexpr std::array<const char*, 7> kDayStrings = {"day_monday", "day_tuesday", "day_wednesday", "day_thursday",
                                                    "day_friday", "day_saturday", "day_sunday"};

int rank(OpenNow state) { return state == OpenNow::Open ? 0 : state == OpenNow::Unknown ? 1 : 2; }

} // namespace

OpenNow openNow(const Service& s, const std::optional<LocalTime>& now) {
    if (!s.openingHours || !now) return OpenNow::Unknown;
    return openState(*s.openingHours, *now).open ? OpenNow::Open : OpenNow::Closed;
}

std::string openNowLine(const Content& c, const Service& s, const std::optional<LocalTime>& now, LanguageIndex lang) {
    if (!s.openingHours || !now) return "";
    const OpenState state = openState(*s.openingHours, *now);
    if (state.open) {
        if (!state.closesInDays) return c.ui("open_now", lang);
        return fillPlaceholder(c.ui("open_now_until", lang), "time", clockText(state.closesAt));
    }
    if (!state.opensInDays) return c.ui("closed_now", lang);
    const std::string time = clockText(state.opensAt);
    if (*state.opensInDays == 0) return fillPlaceholder(c.ui("closed_opens_at", lang), "time", time);
    if (*state.opensInDays == 1) return fillPlaceholder(c.ui("closed_opens_tomorrow", lang), "time", time);
    const int day = (now->weekday + *state.opensInDays) % 7;
    return fillPlaceholder(fillPlaceholder(c.ui("closed_opens_on", lang), "day", c.ui(kDayStrings[static_cast<size_t>(day)], lang)),
                           "time", time);
}

std::string takeAwayOpenNote(const Content& c, const Service& s, const std::optional<LocalTime>& now, LanguageIndex lang) {
    if (!s.openingHours || s.openingHours->alwaysOpen()) return "";
    return openNowLine(c, s, now, lang);
}

void openFirst(const Content& c, std::vector<int>& services, const std::optional<LocalTime>& now) {
    if (!now) return;
    std::stable_sort(services.begin(), services.end(), [&](int a, int b) {
        return rank(openNow(c.services[static_cast<size_t>(a)], now)) < rank(openNow(c.services[static_cast<size_t>(b)], now));
    });
}

std::optional<LocalTime> parseLocalTime(const std::string& text) {
    if (text.size() != 8 && !(text.size() == 11 && text.substr(8) == " PH")) return std::nullopt;
    const auto day = std::find_if(kDayIds.begin(), kDayIds.end(), [&](const char* d) { return text.compare(0, 2, d) == 0; });
    if (day == kDayIds.end() || text[2] != ' ') return std::nullopt;
    for (size_t i : {3u, 4u, 6u, 7u}) if (text[i] < '0' || text[i] > '9') return std::nullopt;
    const int h = (text[3] - '0') * 10 + (text[4] - '0'), m = (text[6] - '0') * 10 + (text[7] - '0');
    if (text[5] != ':' || h < 0 || h > 23 || m < 0 || m > 59) return std::nullopt;
    return LocalTime{static_cast<int>(day - kDayIds.begin()), h * 60 + m, text.size() == 11};
}

} // namespace core
