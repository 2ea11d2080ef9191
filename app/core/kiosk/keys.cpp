// Keys read the screen's table (screen_actions.h): a key is the button it stands for.
#include "core/kiosk/keys.h"

#include "core/kiosk/screen_actions.h"

namespace core {
namespace {

std::optional<Action> actionOf(const std::optional<ScreenButton>& button) {
    if (!button) return std::nullopt;
    return button->action;
}

std::optional<Action> digitAction(const Kiosk& k, int digit) {
    // The PIN pad's digits are its own keys, not numbered choices.
    if (k.screen == Screen::TeamPin) {
        if (!pinPadOpen(k.team)) return std::nullopt;
        return action::Team{team::Digit{digit}};
    }
    const std::vector<Choice> choices = screenActions(k).choices;
    const int index = digit == 0 ? 10 : digit;  // key 0 is the tenth choice
    if (index < 1 || index > static_cast<int>(choices.size())) return std::nullopt;
    return choices[static_cast<size_t>(index - 1)].action;
}

} // namespace

std::optional<Action> actionForKey(const Kiosk& k, Key key, int digit, bool windowed, int64_t nowMs) {
    switch (key) {
    case Key::Digit: return digitAction(k, digit);
    case Key::Enter: return actionOf(screenActions(k, nowMs).main);
    case Key::Backspace: return actionOf(screenActions(k, nowMs).back);
    case Key::Escape:
        // In kiosk mode Escape must not be a way out a passer-by could use on a person's flow.
        if (!windowed && !k.inTeamPanel()) return std::nullopt;
        return actionOf(screenActions(k, nowMs).exit);
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
