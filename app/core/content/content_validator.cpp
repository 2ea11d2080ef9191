// Whole-content rules. Each rule is one function; each problem names its place.
#include "core/content/content_validator.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/model/question_kind.h"
#include "core/assessment/emergency.h"
#include "core/assessment/reachability.h"
#include "core/assessment/result.h"

namespace core {
namespace {

int maxScore(const Content& c, int domain) {
    int total = 0;
    for (const auto& q : c.questions) {
        if (q.domain != domain) continue;
        total += highestScore(q);
    }
    return total;
}

void checkLevelRanges(const Content& c, Reporter& r) {
    for (size_t d = 0; d < c.domains.size(); ++d) {
        const Domain& domain = c.domains[d];
        const std::string name = "domain '" + domain.id + "'";
        if (domain.levels.size() != c.levels.size()) {
            r.error(domain.place, name + " must give one score range per level (" + std::to_string(c.levels.size()) +
                                      "), in level order; it gives " + std::to_string(domain.levels.size()));
        }
        const auto unsorted = std::find_if(domain.levels.begin(), domain.levels.end(), [&](const LevelRange& lr) {
            return lr.level != static_cast<int>(&lr - domain.levels.data());
        });
        if (unsorted != domain.levels.end()) {
            // Bounds of ranges out of order say nothing useful; report the order only.
            // (A domain may give more ranges than there are levels: already reported above.)
            const size_t position = static_cast<size_t>(unsorted - domain.levels.begin());
            if (position < c.levels.size()) {
                r.error(unsorted->place, name + ": level ranges are not sorted: expected level '" + c.levels[position].id +
                                             "' here, found '" + c.levels[static_cast<size_t>(unsorted->level)].id + "'");
            }
            continue;
        }
        for (size_t i = 0; i < domain.levels.size(); ++i) {
            const LevelRange& range = domain.levels[i];
            if (range.max && *range.max < range.min) {
                r.error(range.place, name + ": range of level '" + c.levels[static_cast<size_t>(range.level)].id +
                                         "' has max below min");
            }
            if (i == 0 && range.min != 0) r.error(range.place, name + ": the first level must start at 0 (scores below " +
                                                                   std::to_string(range.min) + " have no level)");
            if (i + 1 < domain.levels.size()) {
                const LevelRange& next = domain.levels[i + 1];
                if (!range.max) { r.error(range.place, name + ": only the last level range may omit 'max'"); continue; }
                if (next.min <= *range.max) r.error(next.place, name + ": level ranges overlap (min " + std::to_string(next.min) +
                                                                    " is not above the previous max " + std::to_string(*range.max) + ")");
                else if (next.min > *range.max + 1) r.error(next.place, name + ": gap between level ranges (scores " +
                                                                         std::to_string(*range.max + 1) + " to " + std::to_string(next.min - 1) + " have no level)");
            } else if (range.max && *range.max < maxScore(c, static_cast<int>(d))) {
                r.error(range.place, name + ": the last level ends at " + std::to_string(*range.max) +
                                         " but answers can score up to " + std::to_string(maxScore(c, static_cast<int>(d))) +
                                         " (omit 'max' on the last range)");
            }
        }
    }
}

void checkQuestions(const Content& c, Reporter& r) {
    const Reachability reachability = decideReachability(c);
    for (size_t q = 0; q < c.questions.size(); ++q) {
        const Question& question = c.questions[q];
        if (question.answers.size() < 2) r.error(question.place, "question '" + question.id + "' needs at least two answers");
        const bool scores = std::any_of(question.answers.begin(), question.answers.end(), [](const Answer& a) { return a.score > 0; });
        if (scores && !question.domain) r.error(question.place, "question '" + question.id + "' has scored answers but no 'domain'");
        if (reachability.reach[q] == Reach::Never) {
            r.error(question.place, "question '" + question.id + "' can never be shown: no set of answers satisfies its 'show_if'");
        } else if (reachability.reach[q] == Reach::Undecided) {
            r.error(question.place, "question '" + question.id + "': whether it can be shown was not decided within the search bound (" +
                                        std::to_string(kReachabilityStepsPerQuestion) + " steps per question, " +
                                        std::to_string(kReachabilityStepsInAll) +
                                        " in all): its 'show_if' combines too many choices; simplify the conditions");
        }
    }
}

bool coversLevel(const Content& c, const Advice& a, int level) {
    const int lowest = a.minLevel.value_or(0);
    const int highest = a.maxLevel.value_or(static_cast<int>(c.levels.size()) - 1);
    return level >= lowest && level <= highest;
}

void checkAdvice(const Content& c, Reporter& r) {
    for (const Advice& a : c.advice) {
        if (a.minLevel && a.maxLevel && *a.minLevel > *a.maxLevel) {
            r.error(a.place, "advice '" + a.id + "': min_level is above max_level, so it can never be shown");
        }
        // At a crisis the right line must come first, not whichever the directory lists first.
        if (a.crisis && a.contacts.empty()) {
            r.error(a.place, "crisis advice '" + a.id + "' must name its emergency 'contacts' (service ids, most urgent first)");
        }
        for (int s : a.contacts) {
            if (c.services[static_cast<size_t>(s)].sample) {
                r.error(a.place, "advice '" + a.id + "' names sample service '" + c.services[static_cast<size_t>(s)].id + "' as a contact");
            }
        }
    }
    for (size_t d = 0; d < c.domains.size(); ++d) {
        for (size_t level = 0; level < c.levels.size(); ++level) {
            const bool covered = std::any_of(c.advice.begin(), c.advice.end(), [&](const Advice& a) {
                return a.domain == static_cast<int>(d) && !a.when && !a.crisis && coversLevel(c, a, static_cast<int>(level));
            });
            if (!covered) {
                r.error(c.domains[d].place, "domain '" + c.domains[d].id + "' level '" + c.levels[level].id +
                                                "' has no advice (no card without 'when' covers it)");
            }
        }
    }
}

void checkCrisisPath(const Content& c, Reporter& r) {
    // Which crisis answers a crisis card follows, gathered once (linear in the content).
    bool cardForEveryCrisis = false;
    std::set<std::pair<int, int>> followed;
    for (const Advice& card : c.advice) {
        if (!card.crisis) continue;
        if (!card.when) { cardForEveryCrisis = true; continue; }
        for (const AnswerRef& ref : card.when->any) followed.insert({ref.question, ref.answer});
        if (card.when->any.empty() && card.when->all.size() == 1) followed.insert({card.when->all[0].question, card.when->all[0].answer});
    }
    if (cardForEveryCrisis) return;
    for (size_t q = 0; q < c.questions.size(); ++q) {
        const Question& question = c.questions[q];
        for (size_t a = 0; a < question.answers.size(); ++a) {
            if (!question.answers[a].crisis || followed.count({static_cast<int>(q), static_cast<int>(a)})) continue;
            r.error(question.place, "answer '" + question.id + "." + question.answers[a].id +
                                        "' raises the crisis flag but no crisis card is shown for it");
        }
    }
}

std::string needName(const Content& c, const Need& n) {
    return n.domain == Need::kCrisis ? "crisis" : c.domains[static_cast<size_t>(n.domain)].id;
}

void checkNeedsServed(const Content& c, Reporter& r) {
    std::set<Need> reported, served;
    for (const Service& s : c.services) served.insert(s.needs.begin(), s.needs.end());
    for (const Advice& a : c.advice) {
        for (const Need& need : a.needs) {
            if (!served.count(need) && reported.insert(need).second) {
                r.error(a.place, "need '" + needName(c, need) + "' of advice '" + a.id + "' is served by no service");
            }
        }
    }
}

void checkServices(const Content& c, Reporter& r) {
    const Service* firstSample = nullptr;
    int samples = 0;
    for (const Service& s : c.services) {
        if (!s.phone.empty() && !isValidPhone(s.phone)) {
            r.error(s.place, "service '" + s.id + "': malformed phone number '" + s.phone +
                                 "' (10 digits starting with 0, a short number of 2 to 6 digits, or +33 and 9 digits)");
        }
        if (!s.sms.empty() && !isValidPhone(s.sms)) r.error(s.place, "service '" + s.id + "': malformed sms number '" + s.sms + "'");
        if (!isDay(s.verified)) r.error(s.place, "service '" + s.id + "': malformed verified date '" + s.verified + "' (YYYY-MM-DD)");
        for (const auto& l : s.languages) {
            if (l.size() != 2 || !std::islower(static_cast<unsigned char>(l[0])) || !std::islower(static_cast<unsigned char>(l[1]))) {
                r.error(s.place, "service '" + s.id + "': language '" + l + "' is not a two-letter ISO 639-1 code");
            }
        }
        if (s.region.empty()) r.error(s.place, "service '" + s.id + "': empty region");
        if (s.sample && !samples++) firstSample = &s;
    }
    if (firstSample) {
        r.warning(firstSample->place, std::to_string(samples) + " service(s) are sample data, first '" + firstSample->id +
                                          "': the directory is an example to replace before deployment");
    }
}

// The right first number: a card about an emergency leads with the line that answers
// it (15 for the body, 17 for danger, 3114 for suicide), and an emergency line reaches
// people only through the cards that name it, never as a general referral.
void checkEmergencyContacts(const Content& c, Reporter& r) {
    std::set<std::string> answered;
    for (const Service& s : c.services) {
        if (s.emergency.empty()) continue;
        answered.insert(s.emergency);
        const bool crisisOnly = std::all_of(s.needs.begin(), s.needs.end(), [](const Need& n) { return n.domain == Need::kCrisis; });
        if (!crisisOnly) {
            r.error(s.place, "emergency line '" + s.id + "' must serve only the 'crisis' need: the cards that need it name it in 'contacts'");
        }
    }
    for (const Advice& a : c.advice) {
        if (a.crisis && a.emergency.empty()) {
            r.error(a.place, "crisis advice '" + a.id + "' must say which emergency it is about ('emergency', e.g. \"medical\")");
        }
        if (a.emergency.empty()) continue;
        if (!answered.count(a.emergency)) {
            r.error(a.place, "advice '" + a.id + "': no service answers emergency '" + a.emergency + "'");
            continue;
        }
        const Service* first = a.contacts.empty() ? nullptr : &c.services[static_cast<size_t>(a.contacts.front())];
        if (!first || first->emergency != a.emergency) {
            r.error(a.place, "advice '" + a.id + "' is about a '" + a.emergency + "' emergency: its first contact must be a line with emergency = \"" +
                                 a.emergency + "\"" + (first ? ", not '" + first->id + "'" : ""));
        }
    }
}

// Characters, not bytes: "é" is one.
size_t characterCount(const std::string& text) {
    return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
}

// Lines read in a hurry: `least` to `most` of them, each at most kMaxShortLine characters.
constexpr size_t kMaxShortLine = 110;
void checkShortLines(const Content& c, Reporter& r, const std::vector<Text>& lines, size_t least, size_t most,
                     const SourcePlace& place, const std::string& what) {
    if (lines.size() < least || lines.size() > most) {
        r.error(place, what + " must have " + std::to_string(least) + " to " + std::to_string(most) + " lines; it has " +
                           std::to_string(lines.size()));
    }
    for (size_t i = 0; i < lines.size(); ++i) {
        for (size_t l = 0; l < c.languages.size() && l < lines[i].byLanguage.size(); ++l) {
            if (characterCount(lines[i].byLanguage[l]) > kMaxShortLine) {
                r.error(place, what + " line " + std::to_string(i + 1) + " (" + c.languages[l].id + ") is longer than " +
                                   std::to_string(kMaxShortLine) + " characters: keep it short");
            }
        }
    }
}

// A crisis answer stops the questionnaire, and the person must see it without scrolling:
// crisis answers come first in their list, unless the question says why not.
void checkCrisisFirst(const Content& c, Reporter& r) {
    for (const Question& q : c.questions) {
        if (!q.crisisNotFirst.empty()) continue;
        bool ordinarySeen = false;
        for (const Answer& a : q.answers) {
            if (!a.crisis) { ordinarySeen = true; continue; }
            if (!ordinarySeen) continue;
            r.error(q.place, "crisis answer '" + q.id + "." + a.id + "' must come before the other answers (so it is seen "
                             "without scrolling), or the question must say why not in 'crisis_not_first'");
            break;
        }
    }
}

// What the emergency screen shows for each crisis card: what to do in the next minutes,
// and the right number with the general emergency number beside it.
void checkEmergencyScreens(const Content& c, Reporter& r) {
    for (const Advice& a : c.advice) {
        if (!a.crisis) continue;
        checkShortLines(c, r, a.nextMinutes, 2, 3, a.place, "crisis advice '" + a.id + "' 'next_minutes'");
        if (a.contacts.size() < kEmergencyScreenLines) {
            r.error(a.place, "crisis advice '" + a.id + "' must name at least " + std::to_string(kEmergencyScreenLines) +
                                 " contacts: the right number first, the general emergency number (112) second");
        }
    }
}

// The friend guide: short steps, each with a real number to call.
void checkFriendGuide(const Content& c, Reporter& r) {
    for (const FriendStep& step : c.friendSteps) {
        const std::string what = "friend step '" + step.id + "'";
        checkShortLines(c, r, step.lines, 1, 4, step.place, what + " 'lines'");
        if (step.call < 0) continue;
        const Service& line = c.services[static_cast<size_t>(step.call)];
        if (line.sample || line.emergency.empty()) {
            r.error(step.place, what + " must call an emergency line that is not sample data, not '" + line.id + "'");
        }
    }
}

// The kiosk filters local services by region: a default region with none of them would
// silently show national lines only.
void checkDefaultRegion(const Content& c, Reporter& r) {
    std::set<std::string> regions;
    for (const Service& s : c.services) if (!s.national() && !s.region.empty()) regions.insert(s.region);
    if (c.defaultRegion.empty() || regions.empty() || regions.count(c.defaultRegion)) return;
    std::string list;
    for (const auto& region : regions) list += (list.empty() ? "'" : ", '") + region + "'";
    r.warning({c.directory + "/meta.toml", 0, 0}, "default region '" + c.defaultRegion +
                                                  "' has no local services, so only national lines would show; regions with local services: " + list);
}

void checkProfiles(const Content& c, Reporter& r) {
    for (const Profile& p : c.profiles) {
        const AnswerSheet sheet = sheetOf(c, p.answers);
        std::vector<bool> shown(c.questions.size(), false);
        for (int q : shownQuestions(c, sheet)) shown[static_cast<size_t>(q)] = true;
        for (const AnswerRef& a : p.answers) {
            if (!shown[static_cast<size_t>(a.question)]) {
                r.error(p.place, "profile '" + p.id + "' answers question '" + c.questions[static_cast<size_t>(a.question)].id +
                                     "', which its other answers do not show");
            }
        }
    }
}

} // namespace

bool isValidPhone(const std::string& phone) {
    std::string digits;
    for (size_t i = 0; i < phone.size(); ++i) {
        const char ch = phone[i];
        if (ch == ' ') continue;
        if (ch == '+' && i == 0) { digits += ch; continue; }
        if (!std::isdigit(static_cast<unsigned char>(ch))) return false;
        digits += ch;
    }
    if (phone.empty() || phone.front() == ' ' || phone.back() == ' ') return false;
    if (digits.rfind("+33", 0) == 0) return digits.size() == 12 && digits[3] != '0';
    if (digits.size() == 10) return digits[0] == '0' && digits[1] != '0';
    return digits.size() >= 2 && digits.size() <= 6 && digits[0] != '0' && digits[0] != '+';
}

void validateContent(const Content& content, std::vector<Diagnostic>& out) {
    Reporter r{out};
    checkLevelRanges(content, r);
    checkQuestions(content, r);
    checkAdvice(content, r);
    checkCrisisPath(content, r);
    checkNeedsServed(content, r);
    checkServices(content, r);
    checkEmergencyContacts(content, r);
    checkCrisisFirst(content, r);
    checkEmergencyScreens(content, r);
    checkFriendGuide(content, r);
    validateTakeAway(content, out);
    checkDefaultRegion(content, r);
    checkProfiles(content, r);
}

} // namespace core
