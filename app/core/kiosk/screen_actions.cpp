// Per screen: main, back, way out and choices. Everything a button or key does is here.
#include "core/kiosk/screen_actions.h"

#include "core/kiosk/help_now.h"

namespace core {
namespace {

// An interface string in the shown language.
std::string ui(const Kiosk& k, const char* id) { return k.content->ui(id, k.language()); }

std::optional<ScreenButton> personMain(const Kiosk& k) {
    switch (k.screen) {
    case Screen::Welcome: return ScreenButton{"start", ui(k, "start"), action::Start{}};
    case Screen::Intro: return ScreenButton{"intro-go", ui(k, "intro_go"), action::BeginQuestions{}};
    case Screen::Question:
        // "Next" once something is chosen (a multiple-choice question), or when the person
        // came back to a question already answered and may keep that answer.
        if (mayContinue(k)) return ScreenButton{"answer-continue", ui(k, "next"), action::Continue{}};
        return std::nullopt;
    case Screen::Results:
    case Screen::Advice: return ScreenButton{"see-services", ui(k, "see_services"), action::ShowServices{}};
    case Screen::Services: return ScreenButton{"take-away", ui(k, "take_away"), action::ShowTakeAway{}};
    case Screen::TakeAway: return ScreenButton{"finish", ui(k, "finish"), action::Finish{}};
    case Screen::End: return ScreenButton{"restart", ui(k, "restart"), action::Restart{}};
    case Screen::Neutral: return ScreenButton{"neutral-continue", ui(k, "neutral_continue"), action::Restart{}};
    case Screen::Emergency:
        if (auto go = emergencyButtons(k).main) return ScreenButton{"emergency-go-on", ui(k, "emergency_go_on"), *go};
        return std::nullopt;
    case Screen::FriendGuide:
        if (auto leave = friendGuideButtons(k).main) return ScreenButton{"friend-guide-back", ui(k, "friend_back"), *leave};
        return std::nullopt;
    default: return std::nullopt;
    }
}

bool hasBack(Screen s) {
    switch (s) {
    case Screen::Intro:
    case Screen::Question:
    case Screen::Results:
    case Screen::Advice:
    case Screen::Services:
    case Screen::TakeAway: return true;
    default: return false;
    }
}

ScreenActions teamPin(const Kiosk& k, int64_t nowMs) {
    ScreenActions a;
    a.exit = ScreenButton{"worker-close", ui(k, "worker_close"), action::Team{team::Close{}}};
    if (!pinPadOpen(k.team)) return a;  // locked: only the way out
    a.main = ScreenButton{"pin-ok", ui(k, "worker_ok"), action::Team{team::Submit{nowMs}}};
    a.back = ScreenButton{"pin-erase", ui(k, "worker_erase"), action::Team{team::Erase{}}};
    return a;
}

// The content tab: the packs on the stick (each shows what it changes), look again, back
// to the previous content; once a pack is shown, apply it (when it can be) or go back.
void contentTab(const Kiosk& k, ScreenActions& a) {
    if (const auto& shown = k.update.preview) {
        if (shown->canApply()) a.main = ScreenButton{"pack-apply", ui(k, "pack_apply"), action::Team{team::ApplyPack{}}};
        a.back = ScreenButton{"pack-back", ui(k, "pack_back"), action::Team{team::BackToPacks{}}};
        return;
    }
    for (size_t i = 0; i < k.update.offers.size(); ++i) {
        a.choices.push_back({"pack-" + std::to_string(i), k.update.offers[i].fileName, action::Team{team::ChoosePack{static_cast<int>(i)}},
                             false, ChoiceKind::Pack});
    }
    // Looking again is pointless where packs cannot be applied: the tab says why instead.
    if (k.update.packsApplyHere) {
        a.choices.push_back({"packs-search", ui(k, "packs_search"), action::Team{team::LookForPacks{}}, false, ChoiceKind::LookAgain});
    }
    if (k.update.previousContent) {
        a.choices.push_back({"content-previous", ui(k, "content_previous"), action::Team{team::PreviousContent{}}, false,
                             ChoiceKind::PreviousContent});
    }
}

ScreenActions teamPanel(const Kiosk& k) {
    ScreenActions a;
    a.exit = ScreenButton{"worker-close", ui(k, "worker_close"), action::Team{team::Close{}}};
    if (k.team.quitAsked) {
        // Quitting stops the kiosk until someone starts it again: asked once more.
        a.main = ScreenButton{"quit-confirm", ui(k, "quit_yes"), action::Team{team::ConfirmQuit{}}};
        a.back = ScreenButton{"quit-cancel", ui(k, "quit_cancel"), action::Team{team::CancelQuit{}}};
        return a;
    }
    // The settings tab types the event label: Backspace erases its last character.
    if (k.team.tab == TeamTab::Settings) a.back = ScreenButton{"event-erase", ui(k, "worker_erase"), action::Team{team::EraseLabel{}}};
    if (k.team.tab == TeamTab::Content) contentTab(k, a);
    return a;
}

} // namespace

ScreenActions screenActions(const Kiosk& k, int64_t nowMs) {
    if (k.screen == Screen::TeamPin) return teamPin(k, nowMs);
    if (k.screen == Screen::TeamPanel) return teamPanel(k);
    ScreenActions a;
    if (k.languagePickerOpen) {
        // Over the current screen: one way back to it.
        a.main = ScreenButton{"picker-back", ui(k, "back"), action::CloseLanguagePicker{}};
        return a;
    }
    a.main = personMain(k);
    if (hasBack(k.screen)) a.back = ScreenButton{"back", ui(k, "back"), action::Back{}};
    if (k.screen == Screen::TakeAway && k.person.takeAwayEnlarged) {
        // The code alone on screen: its one way on is back to the list.
        a.main.reset();
        a.back = ScreenButton{"takeaway-code-back", ui(k, "takeaway_shrink"), action::SetTakeAwayEnlarged{false}};
    }
    if (k.screen == Screen::Emergency) {
        if (auto back = emergencyButtons(k).back) a.back = ScreenButton{"emergency-back", ui(k, "emergency_back"), *back};
    }
    if (k.screen == Screen::FriendGuide) {
        if (auto back = friendGuideButtons(k).back) a.back = ScreenButton{"friend-guide-back-extra", ui(k, "back"), *back};
    }
    if (k.inPersonFlow() && k.screen != Screen::Neutral) a.exit = ScreenButton{"quick-exit", ui(k, "quick_exit"), action::QuickExit{}};
    a.choices = screenChoices(k);
    return a;
}

} // namespace core
