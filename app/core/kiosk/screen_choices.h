// The numbered choices on the current screen: what button N is. The views draw these
// (their ids, labels and selection) and the number keys act on them (key N = choice N),
// so a key can never mean something other than the button it stands for.
#pragma once
#include <string>
#include <vector>

#include "core/kiosk/kiosk.h"

namespace core {

// What a choice is, so a view draws it as what it is, never by its position.
// On the take-away: CodeSize is the code itself (a tap enlarges it, or brings the list
// back), NumbersOnly the "numbers only" switch, TakeAwayLine one line's check box.
enum class ChoiceKind { Answer, Skip, DomainTile, Rating, CodeSize, NumbersOnly, TakeAwayLine,
                        Pack,             // the team panel's content tab: a pack on the stick (see what it changes)
                        LookAgain,        // the content tab: search the sticks again
                        PreviousContent,  // the content tab: back to the content before the last update
};

struct Choice {
    std::string id;         // the widget id (tests, shoot and monkey tap by it)
    std::string label;      // the text on it, in the shown language
    Action action;          // what a tap, or its number key, does
    bool selected = false;  // drawn as chosen (the answer given, or toggled on)
    ChoiceKind kind = ChoiceKind::Answer;
    int resultIndex = -1;   // a domain tile: its DomainLevel's index in Result::domains; a take-away line: its index in TakeAway::lines
};

// In order: the answers of the current question then "prefer not to say" (a tap on an
// answer of a multiple-choice question toggles it); the domain tiles of the results; the
// "was this useful?" buttons of the end screen until one is tapped; on the take-away, the
// code (unless hidden), "numbers only" and each line's check box, or, while the code is
// enlarged, the code alone. Empty elsewhere.
std::vector<Choice> screenChoices(const Kiosk& kiosk);

// Whether the question on screen waits for "continue" (a multiple-choice question), and
// whether that may go on now (something chosen, or "prefer not to say" kept from before).
bool waitsForContinue(const Kiosk& kiosk);
bool mayContinue(const Kiosk& kiosk);

} // namespace core
