// See take_away_hours.h.
#include "core/assessment/take_away_hours.h"

#include <algorithm>

namespace core {
namespace {

// The first sentence of the written hours (later sentences add detail the small code
// cannot carry: "Free and anonymous", call-back messages).
std::string firstSentence(const std::string& hours) {
    std::string first = hours.substr(0, hours.find(". "));
    if (!first.empty() && first.back() == '.') first.pop_back();
    return first;
}

std::string twoDigits(int n) { return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10); }

// "9 h", "8 h 30" (French); "9:00", "8:30" (English): the pattern is content.
std::string hourText(const Content& c, int minute, LanguageIndex lang) {
    minute %= kMinutesPerDay;
    const int h = minute / 60, m = minute % 60;
    std::string text = fillPlaceholder(c.ui(m == 0 ? "takeaway_hour" : "takeaway_hour_minutes", lang), "h", std::to_string(h));
    return fillPlaceholder(text, "mm", twoDigits(m));
}

} // namespace

std::string takeAwayHours(const Content& c, const Service& s, LanguageIndex lang) {
    if (!s.openingHours) return firstSentence(s.hours.in(lang));
    const OpeningHours& hours = *s.openingHours;
    if (hours.alwaysOpen()) return c.ui("takeaway_hours_always", lang);
    const auto& monday = hours.week[0];
    const bool sameEveryDay = monday.size() == 1 && std::all_of(hours.week.begin(), hours.week.end(), [&](const auto& day) {
        return day == monday;
    }) && (!hours.holidays || *hours.holidays == monday);
    if (!sameEveryDay) return firstSentence(s.hours.in(lang));
    const std::string from = hourText(c, monday[0].from, lang), to = hourText(c, monday[0].to, lang);
    return fillPlaceholder(fillPlaceholder(c.ui("takeaway_hours_span", lang), "from", from), "to", to);
}

} // namespace core
