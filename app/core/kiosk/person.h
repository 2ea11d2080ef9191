// Everything the kiosk holds about the person in front of it, in one struct: their
// answers, their result, the advice and take-away texts and the QR bitmap built for
// them, what their session will add to the statistics, and the PIN digits typed in the
// team panel. wipe() ends all of it at once, so a field added here later cannot outlive
// the person. The wipe destroys the struct, overwrites its bytes and builds it afresh;
// the heap buffers its members held are overwritten as they are freed (see
// app/platform/wiping_heap.cpp, linked into the program and the tests).
#pragma once
#include <optional>
#include <string>

#include "core/model/content.h"
#include "core/assessment/result.h"
#include "core/assessment/session.h"
#include "core/stats/stats_tally.h"
#include "core/assessment/take_away.h"
#include "core/kiosk/screen.h"
#include "core/team/pin_digits.h"

namespace core {

// The crisis answer that stopped the questionnaire, and the crisis card that speaks for it.
struct EmergencyStop {
    AnswerRef answer;
    int card = -1;  // index into Content::advice
};

struct Person {
    explicit Person(const Content& content) : session(content) {}
    // Over a blank session built beforehand: cannot throw (wipe() relies on it).
    explicit Person(Session&& blank) noexcept : session(std::move(blank)) {}
    // One person, one copy: a copy would be a second place their answers live, which no
    // wipe reaches.
    Person(const Person&) = delete;
    Person& operator=(const Person&) = delete;

    Session session;                   // answers, in memory only
    std::optional<Result> result;      // set while the results, advice, services or take-away show
    int openDomain = -1;               // the domain whose advice is shown
    bool takeAwayHidden = false;
    bool takeAwayEnlarged = false;     // the code fills the screen's shorter side
    TakeAwayChoices takeAwayChoices;   // the lines they unticked, "numbers only": kept until the wipe
    std::optional<TakeAway> takeAway;  // only while the take-away screen is open
    std::optional<int> usefulRating;   // the end screen's answer, once tapped
    SessionTally tally;                // what this session will add to the statistics
    PinDigits pinTyped;                // PIN digits being typed in the team panel
    PinDigits pinFirst;                // choosing a PIN: the first entry, waiting for confirmation
    std::optional<EmergencyStop> emergency;   // while the emergency screen is open
    std::optional<Screen> friendGuideFrom;    // while the friend guide is open: where Back returns

    // True when something about a person is held (answers, a result, a take-away, digits).
    bool holdsAnything() const;
};

// Forgets the person: destroys every member, overwrites the struct's bytes with zeros,
// and starts a blank Person over the same content. If memory is too short to build the
// blank answer sheet, the person is forgotten in place (nothing allocated) and the
// exception leaves with a valid, empty Person.
void wipe(Person& person);
// The same, starting the blank Person over `content` (after a content reload).
void wipe(Person& person, const Content& content);

} // namespace core
