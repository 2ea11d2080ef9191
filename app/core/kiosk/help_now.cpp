// Opening and leaving the emergency screen and the friend guide.
#include "core/kiosk/help_now.h"

#include "core/assessment/emergency.h"
#include "core/kiosk/kiosk_steps.h"

namespace core {

bool openEmergency(Kiosk& k, const AnswerRef& answer) {
    const Session& session = k.person.session;
    // A multiple-choice tap may untick the answer: only an answer now chosen stops.
    const bool chosen = session.currentQuestion() != answer.question || session.currentResponse().has(answer.answer);
    if (!chosen) return false;
    const std::optional<int> card = emergencyCardFor(*k.content, answer);
    if (!card) return false;
    k.person.emergency = EmergencyStop{answer, *card};
    k.person.tally.crisisStopped = true;
    k.screen = Screen::Emergency;
    return true;
}

void emergencyBack(Kiosk& k) {
    if (k.screen != Screen::Emergency || !k.person.emergency) return;
    const int question = k.person.emergency->answer.question;
    // A single-choice answer moved the session on; a multiple-choice one did not.
    if (k.person.session.currentQuestion() != question) k.person.session.back();
    k.person.emergency.reset();
    k.screen = Screen::Question;
}

void emergencyGoOn(Kiosk& k) {
    if (k.screen != Screen::Emergency || !k.person.emergency) return;
    Session& session = k.person.session;
    if (session.currentQuestion() == k.person.emergency->answer.question) session.goOn();
    k.person.emergency.reset();
    if (session.finished()) toResults(k);
    else k.screen = Screen::Question;
}

ScreenButtons emergencyButtons(const Kiosk&) { return {action::Continue{}, action::Back{}}; }

bool offersFriendGuide(const Kiosk& k) {
    return !k.content->friendSteps.empty() && (k.screen == Screen::Welcome || (k.screen == Screen::Question && !k.person.session.finished()));
}

void openFriendGuide(Kiosk& k) {
    if (!offersFriendGuide(k)) return;
    k.person.friendGuideFrom = k.screen;
    k.screen = Screen::FriendGuide;
}

void closeFriendGuide(Kiosk& k) {
    if (k.screen != Screen::FriendGuide) return;
    k.screen = k.person.friendGuideFrom.value_or(Screen::Welcome);
    k.person.friendGuideFrom.reset();
}

ScreenButtons friendGuideButtons(const Kiosk&) { return {action::Back{}, std::nullopt}; }

} // namespace core
