// Help now: the emergency screen a crisis answer opens, and the "a friend is not well"
// first-aid guide. What opens and closes them, and what their main and back buttons do
// (one small function per screen, read by the views and the keys alike). The state
// they need lives in the Person (person.h) and is wiped with it.
#pragma once
#include <optional>

#include "core/kiosk/kiosk.h"

namespace core {

// What a screen's two bar buttons do: the main (primary) one and Back. None = no button.
struct ScreenButtons {
    std::optional<Action> main;
    std::optional<Action> back;
};

// After a tap on answer `answer` of the question on screen: when it is a crisis answer
// now chosen, opens its emergency screen (counted in the statistics) and returns true.
bool openEmergency(Kiosk& kiosk, const AnswerRef& answer);
// The emergency screen's Back: the question again, the crisis answer still shown chosen.
void emergencyBack(Kiosk& kiosk);
// The emergency screen's main button: on with the questionnaire (or the results).
void emergencyGoOn(Kiosk& kiosk);
// Emergency screen: main = go on with the questionnaire, back = back to the question.
ScreenButtons emergencyButtons(const Kiosk& kiosk);

// Whether the "a friend is not well" button shows: on the welcome screen and every
// question, when the content has a friend guide.
bool offersFriendGuide(const Kiosk& kiosk);
void openFriendGuide(Kiosk& kiosk);
// Back to exactly where the guide was opened, answers untouched.
void closeFriendGuide(Kiosk& kiosk);
// Friend guide: main = back to where the person was; no separate back button.
ScreenButtons friendGuideButtons(const Kiosk& kiosk);

} // namespace core
