// Screen dispatch.
#include "ui/kiosk_view.h"

#include "ui/screens/screens.h"

namespace ui {

std::string screenName(const core::Kiosk& k) {
    switch (k.screen) {
    case core::Screen::Welcome: return "welcome";
    case core::Screen::Intro: return "intro";
    case core::Screen::Question: return "question-" + k.content->questions[static_cast<size_t>(k.person.session.currentQuestion())].id;
    case core::Screen::Results: return "results";
    case core::Screen::Advice: return "advice-" + k.content->domains[static_cast<size_t>(k.person.openDomain)].id;
    case core::Screen::Services: return "services";
    case core::Screen::TakeAway: return "take-away";
    case core::Screen::End: return "end";
    case core::Screen::Neutral: return "quick-exit";
    case core::Screen::TeamPin: return "worker-pin";
    case core::Screen::TeamPanel: return "worker-panel";
    case core::Screen::Emergency: return "emergency-" + k.content->advice[static_cast<size_t>(k.person.emergency->card)].id;
    case core::Screen::FriendGuide: return "friend-guide";
    }
    return "unknown";
}

Actions drawKiosk(const core::Kiosk& k, const core::IdleState& idle, UiContext& ui, int64_t nowMs) {
    Actions out;
    ui.registry.clear();
    const bool countdown = idle.phase == core::IdlePhase::CountingDown;
    ui.tapsBlocked = countdown;
    beginScreen(ui);
    if (k.languagePickerOpen) {
        drawLanguagePicker(k, ui, out);
        endScreen();
        if (countdown) drawIdleCountdown(k, ui, out, idle.secondsLeft);
        ui.tapsBlocked = false;
        return out;
    }
    switch (k.screen) {
    case core::Screen::Welcome: drawWelcome(k, ui, out); break;
    case core::Screen::Intro: drawIntro(k, ui, out); break;
    case core::Screen::Question: drawQuestion(k, ui, out); break;
    case core::Screen::Results: drawResults(k, ui, out); break;
    case core::Screen::Advice: drawAdvice(k, ui, out); break;
    case core::Screen::Services: drawServices(k, ui, out); break;
    case core::Screen::TakeAway: drawTakeAway(k, ui, out); break;
    case core::Screen::End: drawEnd(k, ui, out); break;
    case core::Screen::Neutral: drawNeutral(k, ui, out); break;
    case core::Screen::TeamPin: drawTeamPin(k, ui, out, nowMs); break;
    case core::Screen::TeamPanel: drawTeamPanel(k, ui, out); break;
    case core::Screen::Emergency: drawEmergency(k, ui, out); break;
    case core::Screen::FriendGuide: drawFriendGuide(k, ui, out); break;
    }
    endScreen();
    if (countdown) drawIdleCountdown(k, ui, out, idle.secondsLeft);
    ui.tapsBlocked = false;
    return out;
}

} // namespace ui
