// Parser and evaluator for the `opening_hours` subset described in opening_hours.h.
#include "core/model/opening_hours.h"

#include <algorithm>
#include <cctype>

namespace core {
namespace {

constexpr std::array<const char*, 7> kDays = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Reads one rule (no `;` inside) starting at `base` in the whole text.
class RuleReader {
public:
    RuleReader(std::string_view text, size_t base) : text_(text), base_(base) {}

    // Applies the rule to `hours`; an error otherwise.
    std::optional<OpeningHoursError> read(OpeningHours& hours) {
        skipSpaces();
        if (atEnd()) return fail("empty rule (two `;` in a row, or one at the end)");
        if (text_.substr(pos_) == "24/7") {
            for (auto& day : hours.week) day = {{0, kMinutesPerDay}};
            return std::nullopt;
        }
        std::array<bool, 7> days{};
        bool holiday = false;
        const bool everyDay = isDigit(peek()) || text_.substr(pos_, 3) == "off" || text_.substr(pos_, 6) == "closed";
        if (everyDay) {
            days.fill(true);
        } else if (auto error = readDays(days, holiday)) {
            return error;
        }
        std::vector<TimeSpan> spans;
        const bool spaced = skipSpaces();
        if (atEnd()) {
            spans = {{0, kMinutesPerDay}};  // days alone: open all day
        } else if (!spaced && !everyDay) {
            return fail("a space is needed between the days and the hours");
        } else if (word("off") || word("closed")) {
            skipSpaces();
        } else if (auto error = readSpans(spans)) {
            return error;
        }
        skipSpaces();
        if (!atEnd()) return fail("unexpected '" + std::string(text_.substr(pos_, 1)) + "' (rules are separated by `;`)");
        std::sort(spans.begin(), spans.end(), [](const TimeSpan& a, const TimeSpan& b) { return a.from < b.from; });
        for (int d = 0; d < 7; ++d) if (days[static_cast<size_t>(d)]) hours.week[static_cast<size_t>(d)] = spans;
        if (holiday) hours.holidays = spans;
        return std::nullopt;
    }

private:
    std::string_view text_;
    size_t base_;
    size_t pos_ = 0;

    bool atEnd() const { return pos_ >= text_.size(); }
    char peek() const { return atEnd() ? '\0' : text_[pos_]; }
    bool skipSpaces() {
        const size_t start = pos_;
        while (!atEnd() && text_[pos_] == ' ') ++pos_;
        return pos_ > start;
    }
    bool word(std::string_view w) {
        if (text_.substr(pos_, w.size()) != w) return false;
        const size_t after = pos_ + w.size();
        if (after < text_.size() && std::isalnum(static_cast<unsigned char>(text_[after]))) return false;
        pos_ = after;
        return true;
    }
    OpeningHoursError fail(std::string message) const { return {base_ + pos_, std::move(message)}; }

    std::optional<int> day() {
        for (int d = 0; d < 7; ++d) {
            if (text_.substr(pos_, 2) == kDays[static_cast<size_t>(d)]) { pos_ += 2; return d; }
        }
        return std::nullopt;
    }

    // `Mo-Fr,Su,PH`: day ranges and PH, comma separated.
    std::optional<OpeningHoursError> readDays(std::array<bool, 7>& days, bool& holiday) {
        while (true) {
            if (text_.substr(pos_, 2) == "PH") {
                pos_ += 2;
                holiday = true;
            } else {
                const auto first = day();
                if (!first) return fail("expected a day (Mo Tu We Th Fr Sa Su), PH, 24/7 or a time such as 09:00");
                int last = *first;
                if (peek() == '-') {
                    ++pos_;
                    const auto end = day();
                    if (!end) return fail("expected a day after '-' (Mo Tu We Th Fr Sa Su)");
                    last = *end;
                }
                // A range may wrap round the week: Sa-Mo is Saturday, Sunday, Monday.
                for (int d = *first;; d = (d + 1) % 7) {
                    days[static_cast<size_t>(d)] = true;
                    if (d == last) break;
                }
            }
            if (peek() != ',') return std::nullopt;
            ++pos_;
        }
    }

    std::optional<int> clock(int maxHour) {
        if (pos_ + 5 > text_.size()) return std::nullopt;
        const std::string_view t = text_.substr(pos_, 5);
        if (!isDigit(t[0]) || !isDigit(t[1]) || t[2] != ':' || !isDigit(t[3]) || !isDigit(t[4])) return std::nullopt;
        const int h = (t[0] - '0') * 10 + (t[1] - '0');
        const int m = (t[3] - '0') * 10 + (t[4] - '0');
        if (h > maxHour || m > 59 || (h == maxHour && m > 0)) return std::nullopt;
        pos_ += 5;
        return h * 60 + m;
    }

    // `09:00-12:00,14:00-18:00`; an end at or before the start runs past midnight.
    std::optional<OpeningHoursError> readSpans(std::vector<TimeSpan>& spans) {
        while (true) {
            const auto from = clock(23);
            if (!from) return fail("expected a time from 00:00 to 23:59, written HH:MM");
            if (peek() != '-') return fail("expected '-' and the closing time");
            ++pos_;
            const size_t toPos = pos_;
            auto to = clock(48);
            if (!to) return fail("expected a closing time written HH:MM (up to 48:00)");
            if (*to == *from) { pos_ = toPos; return fail("the closing time equals the opening time"); }
            if (*to < *from) *to += kMinutesPerDay;
            if (*to - *from > kMinutesPerDay) { pos_ = toPos; return fail("a range longer than 24 hours"); }
            spans.push_back({*from, *to});
            if (peek() != ',') return std::nullopt;
            ++pos_;
        }
    }
};

// Every span open at `minute` of `day`, counting those that ran past midnight from the day before.
bool openAt(const std::vector<TimeSpan>& today, const std::vector<TimeSpan>& yesterday, int minute) {
    for (const auto& s : today) if (minute >= s.from && minute < s.to) return true;
    for (const auto& s : yesterday) if (minute + kMinutesPerDay < s.to) return true;
    return false;
}

std::string daysText(const std::array<bool, 7>& days) {
    std::string out;
    for (int d = 0; d < 7;) {
        if (!days[static_cast<size_t>(d)]) { ++d; continue; }
        int e = d;
        while (e + 1 < 7 && days[static_cast<size_t>(e + 1)]) ++e;
        if (!out.empty()) out += ',';
        out += kDays[static_cast<size_t>(d)];
        if (e > d) out += std::string(e == d + 1 ? "," : "-") + kDays[static_cast<size_t>(e)];
        d = e + 1;
    }
    return out;
}

std::string spansText(const std::vector<TimeSpan>& spans) {
    if (spans.empty()) return "off";
    std::string out;
    for (const auto& s : spans) {
        if (!out.empty()) out += ',';
        // An end before its start reads as the next morning; only a full 24 hours from a
        // time other than midnight needs OSM's extended hours (10:00-34:00) to read back.
        std::string to = s.to == kMinutesPerDay ? "24:00" : clockText(s.to);
        if (s.to - s.from == kMinutesPerDay && s.from > 0) to = std::to_string(s.to / 60) + clockText(s.to).substr(2);
        out += clockText(s.from) + "-" + to;
    }
    return out;
}

} // namespace

bool OpeningHours::alwaysOpen() const {
    return std::all_of(week.begin(), week.end(), [](const std::vector<TimeSpan>& d) {
        return d.size() == 1 && d[0].from == 0 && d[0].to >= kMinutesPerDay;
    }) && (!holidays || (holidays->size() == 1 && (*holidays)[0].from == 0 && (*holidays)[0].to >= kMinutesPerDay));
}

OpeningHoursParse parseOpeningHours(std::string_view text) {
    OpeningHoursParse out;
    OpeningHours hours;
    hours.text = std::string(text);
    if (text.find_first_not_of(' ') == std::string_view::npos) {
        out.error = OpeningHoursError{0, "empty opening_hours"};
        return out;
    }
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = std::min(text.find(';', start), text.size());
        RuleReader rule(text.substr(start, end - start), start);
        if (auto error = rule.read(hours)) { out.error = std::move(error); return out; }
        start = end + 1;
    }
    out.hours = std::move(hours);
    return out;
}

OpenState openState(const OpeningHours& h, const LocalTime& now) {
    auto spansOf = [&](int daysAhead) -> const std::vector<TimeSpan>& {
        if (daysAhead == 0 && now.holiday && h.holidays) return *h.holidays;
        return h.week[static_cast<size_t>(((now.weekday + daysAhead) % 7 + 7) % 7)];
    };
    OpenState state;
    const auto& yesterday = h.week[static_cast<size_t>((now.weekday + 6) % 7)];
    state.open = openAt(spansOf(0), yesterday, now.minute);
    // Minutes from the start of today; spans of yesterday reach into today negatively offset.
    if (state.open) {
        // The close of the stretch we are in, following spans that touch (22:00-24:00, 00:00-02:00).
        int until = now.minute;
        for (int guard = 0; guard < 16; ++guard) {
            int next = until;
            for (int d = -1; d <= 7; ++d) {
                const auto& spans = d < 0 ? yesterday : spansOf(d);
                for (const auto& s : spans) {
                    const int from = s.from + d * kMinutesPerDay, to = s.to + d * kMinutesPerDay;
                    if (from <= until && to > next) next = to;
                }
            }
            if (next == until) break;
            until = next;
        }
        if (until < now.minute + 7 * kMinutesPerDay) {
            state.closesInDays = until / kMinutesPerDay;
            state.closesAt = until % kMinutesPerDay;
        }
        return state;
    }
    std::optional<int> best;
    for (int d = 0; d <= 7; ++d) {
        for (const auto& s : spansOf(d)) {
            const int from = s.from + d * kMinutesPerDay;
            if (from > now.minute && (!best || from < *best)) best = from;
        }
    }
    if (best) {
        state.opensInDays = *best / kMinutesPerDay;
        state.opensAt = *best % kMinutesPerDay;
    }
    return state;
}

std::string clockText(int minute) {
    minute = ((minute % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay;
    std::string out(5, ':');
    out[0] = static_cast<char>('0' + minute / 600);
    out[1] = static_cast<char>('0' + minute / 60 % 10);
    out[3] = static_cast<char>('0' + minute % 60 / 10);
    out[4] = static_cast<char>('0' + minute % 10);
    return out;
}

std::string formatOpeningHours(const OpeningHours& h) {
    if (h.alwaysOpen()) return "24/7";
    std::vector<std::string> rules;
    std::array<bool, 7> done{};
    for (int d = 0; d < 7; ++d) {
        if (done[static_cast<size_t>(d)]) continue;
        std::array<bool, 7> same{};
        for (int e = d; e < 7; ++e) {
            if (h.week[static_cast<size_t>(e)] == h.week[static_cast<size_t>(d)]) same[static_cast<size_t>(e)] = done[static_cast<size_t>(e)] = true;
        }
        if (h.week[static_cast<size_t>(d)].empty()) continue;  // closed days: said by leaving them out
        rules.push_back(daysText(same) + " " + spansText(h.week[static_cast<size_t>(d)]));
    }
    if (rules.empty()) rules.push_back("off");
    if (h.holidays) rules.push_back("PH " + spansText(*h.holidays));
    std::string out;
    for (const auto& r : rules) out += (out.empty() ? "" : "; ") + r;
    return out;
}

} // namespace core
