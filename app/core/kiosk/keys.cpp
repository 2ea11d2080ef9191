// Key bindings per screen: number keys are the screen's choices (screen_choices.h).
#include "core/kiosk/keys.h"

#include "core/kiosk/help_now.h"
#include "core/kiosk/screen_choices.h"

namespace core {
namespace {

std::optional<Action> digitAction(const Kiosk& k, int digit) {
    if (k.screen == Screen::TeamPin) return action::Team{team::Digit{digit}};
    const std::vector<Choice> choices = screenChoices(k);
    if (digit < 1 || digit > static_cast<int>(choices.size())) return std::nullopt;
    return choices[static_cast<size_t>(digit - 1)].action;
}

std::optional<Action> enterAction(const Kiosk& k, int64_t nowMs) {
    switch (k.screen) {
    case Screen::TeamPin: return action::Team{team::Submit{nowMs}};
    case Screen::TeamPanel: return std::nullopt;
    case Screen::Welcome: return action::Start{};
    case Screen::Intro: return action::BeginQuestions{};
    case Screen::Question:
        if (mayContinue(k)) return action::Continue{};
        return std::nullopt;
    case Screen::Results: return action::ShowServices{};
    case Screen::Advice: return action::ShowResults{};
    case Screen::Services: return action::ShowTakeAway{};
    case Screen::TakeAway: return action::Finish{};
    case Screen::End:
    case Screen::Neutral: return action::Restart{};
    case Screen::Emergency: return emergencyButtons(k).main;
    case Screen::FriendGuide: return friendGuideButtons(k).main;
    }
    return std::nullopt;
}

} // namespace

std::optional<Action> actionForKey(const Kiosk& k, Key key, int digit, bool windowed, int64_t nowMs) {
    switch (key) {
    case Key::Digit: return digitAction(k, digit);
    case Key::Enter: return enterAction(k, nowMs);
    case Key::Backspace:
        if (k.screen == Screen::TeamPin) return action::Team{team::Erase{}};
        if (k.screen == Screen::TeamPanel) return action::Team{team::EraseLabel{}};
        return action::Back{};
    case Key::Escape:
        if (k.inTeamPanel()) return action::Team{team::Close{}};
        if (windowed && k.inPersonFlow()) return action::QuickExit{};
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Action> actionForText(const Kiosk& k, const std::string& text) {
    if (k.screen == Screen::TeamPanel && k.team.tab == TeamTab::Settings && !text.empty()) {
        return action::Team{team::TypeLabel{text}};
    }
    return std::nullopt;
}

} // namespace core
