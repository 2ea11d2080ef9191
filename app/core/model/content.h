// The content model: questionnaire, advice, services, interface strings and sample
// profiles, as loaded from a content directory. Immutable once loaded; every reference
// between items is resolved to an index, so the rest of the core never looks up ids.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/diagnostic.h"
#include "core/model/opening_hours.h"
#include "core/model/text.h"

namespace core {

struct AnswerRef {
    int question = -1;  // index into Content::questions
    int answer = -1;    // index into Question::answers
    bool operator==(const AnswerRef& o) const { return question == o.question && answer == o.answer; }
};

// Holds when every `all` answer was given and, if `any` is not empty, at least one of
// `any` was given. An empty condition always holds.
struct Condition {
    std::vector<AnswerRef> all;
    std::vector<AnswerRef> any;
    bool empty() const { return all.empty() && any.empty(); }
};

struct Language {
    std::string id;    // ISO 639-1, e.g. "fr"
    std::string name;  // in the language itself, e.g. "Français"
    // Words no take-away text may contain in this language (lower case, each matched at
    // the start of a word): what leaves on a phone must not say the person uses or sells,
    // owes a supplier or was arrested.
    std::vector<std::string> takeawayForbidden;
    // Words that reveal violence, drugs, justice or age (same matching as above). A
    // service whose name or description carries one must have a discreet name for the
    // code, and no heading or discreet name on the code may carry one. Advice take-away
    // lines are not held to this list: the person sees and chooses each of them.
    std::vector<std::string> takeawayRevealing;
};

struct Level {
    std::string id;
    Text name;
};

// A region services can belong to, with the name the team reads in the panel.
struct Region {
    std::string id;  // as in a service's `region`
    Text name;
};

struct LevelRange {
    int level = 0;       // index into Content::levels
    int min = 0;         // inclusive
    std::optional<int> max;  // inclusive; none = open-ended
    SourcePlace place;
};

struct Domain {
    std::string id;
    Text name;
    Text summary;
    std::vector<LevelRange> levels;
    SourcePlace place;
};

struct Answer {
    std::string id;
    Text text;
    int score = 0;
    bool crisis = false;
    bool alone = false;  // multiple choice only: an answer like "none of these", never chosen with another
};

// How a question is answered; everything that differs by kind lives in question_kind.cpp.
enum class QuestionKind {
    Single,    // one answer; a tap records it and moves on
    Multiple,  // any number of answers, toggled, then "continue"
};

struct Question {
    std::string id;
    QuestionKind kind = QuestionKind::Single;
    std::optional<int> domain;  // index into Content::domains
    Text text;
    Text help;                  // may be empty
    Condition showIf;
    std::vector<Answer> answers;
    // Why a crisis answer does not come first in this question's list (empty: it must,
    // so that it is visible without scrolling; the validator holds it).
    std::string crisisNotFirst;
    SourcePlace place;
};

// A need is a domain (index >= 0) or the crisis need.
struct Need {
    static constexpr int kCrisis = -1;
    int domain = kCrisis;
    bool operator==(const Need& o) const { return domain == o.domain; }
    bool operator<(const Need& o) const { return domain < o.domain; }
};

struct Advice {
    std::string id;
    int domain = 0;
    std::optional<int> minLevel;
    std::optional<int> maxLevel;
    std::optional<Condition> when;
    bool crisis = false;
    int priority = 0;
    std::vector<Need> needs;
    std::vector<int> contacts;  // services named by the card itself, shown before those found by need
    std::vector<std::string> sources;
    Text title;
    Text body;
    Text step;
    Text takeaway;          // the line that leaves on the phone: neutral heading and step
    std::string emergency;  // empty, or the emergency this card is about: its first contact answers it
    // Crisis cards: two or three short lines of what to do in the next minutes, shown on
    // the emergency screen that a crisis answer opens.
    std::vector<Text> nextMinutes;
    SourcePlace place;
};

// One situation of the "a friend is not well" first-aid guide: what it looks like, what
// to do in a few short lines, and the number to call (the team at the stand is named by
// the screen beside it).
struct FriendStep {
    std::string id;
    Text title;                        // the situation, e.g. "Unconscious, can't be woken"
    std::vector<Text> lines;           // what to do, one short line each
    int call = -1;                     // index into Content::services: the number to call
    std::vector<std::string> sources;  // first-aid sources (full references in SOURCES.md)
    SourcePlace place;
};

struct Service {
    std::string id;
    Text name;
    Text discreetName;   // the name on the take-away code, when the real one gives the person away; may be empty
    Text description;
    std::string phone;   // as written, for display
    std::string sms;     // may be empty
    Text address;        // empty = phone only
    Text hours;
    std::optional<OpeningHours> openingHours;  // structured hours, when known ("open now")
    std::vector<std::string> languages;
    std::vector<Need> needs;
    std::string region;  // "national" or a region id
    std::string verified;  // YYYY-MM-DD
    std::string source;
    bool sample = false;
    std::string emergency;           // empty, or the emergency this line answers first ("medical", "danger", "suicide")
    std::optional<Condition> when;   // offered only when it holds (e.g. a youth line and an age band)
    SourcePlace place;

    bool national() const { return region == "national"; }
    bool serves(const Need& need) const;
};

struct Profile {
    std::string id;
    Text name;
    std::vector<AnswerRef> answers;
    SourcePlace place;
};

struct Content {
    std::string directory;
    std::vector<Language> languages;
    LanguageIndex defaultLanguage = 0;
    std::string defaultRegion;
    std::vector<Level> levels;
    std::vector<Region> regions;  // names for region ids (optional: an id without one shows as itself)
    std::vector<Domain> domains;
    std::vector<Question> questions;
    std::vector<Advice> advice;
    std::vector<Service> services;
    std::map<std::string, Text> uiStrings;
    std::vector<Profile> profiles;
    std::vector<FriendStep> friendSteps;  // the friend guide, in the order shown (advice.toml)
    // The most questions one path can show (assessment/path_length.h): the progress line's
    // total. Set by loadContent; 0 when not worked out (content built in memory), and the
    // session then works it out itself.
    int longestPath = 0;

    // The interface string `id` in `language`; the id itself if absent (never in valid
    // content). A copy, not a reference: the id may be a temporary built from a literal.
    std::string ui(const std::string& id, LanguageIndex language) const;
    // The team's name for a region id: its [[region]] name, the interface string
    // `region_national` for "national", else the id itself.
    std::string regionName(const std::string& id, LanguageIndex language) const;
    std::optional<LanguageIndex> languageIndex(const std::string& id) const;
    std::optional<int> questionIndex(const std::string& id) const;
    std::optional<int> domainIndex(const std::string& id) const;
};

} // namespace core
