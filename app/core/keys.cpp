// Key bindings per screen.
#include "core/keys.h"

namespace core {
namespace {

std::optional<Action> digitAction(const Kiosk& k, int digit) {
    if (k.screen == Screen::WorkerPin) return action::Worker{worker::Digit{digit}};
    if (digit < 1) return std::nullopt;
    const int index = digit - 1;
    switch (k.screen) {
    case Screen::Question: {
        const auto& q = k.content->questions[static_cast<size_t>(k.person.session.currentQuestion())];
        const int answers = static_cast<int>(q.answers.size());
        if (index < answers) return action::Answer{index};
        if (index == answers) return action::Skip{};  // "prefer not to say" is the last button
        return std::nullopt;
    }
    case Screen::Results:
        if (index < static_cast<int>(k.content->domains.size())) return action::OpenDomain{index};
        return std::nullopt;
    case Screen::End:
        if (index <= 2) return action::RateUseful{2 - index};  // buttons read yes, a bit, no
        return std::nullopt;
    default: return std::nullopt;
    }
}

std::optional<Action> enterAction(const Kiosk& k, int64_t nowMs) {
    switch (k.screen) {
    case Screen::WorkerPin: return action::Worker{worker::Submit{nowMs}};
    case Screen::WorkerPanel: return std::nullopt;
    case Screen::Welcome: return action::Start{};
    case Screen::Intro: return action::BeginQuestions{};
    case Screen::Question:
        if (k.person.session.currentAnswer() >= 0) return action::Answer{k.person.session.currentAnswer()};
        if (k.person.session.currentAnswer() == kPreferNotToSay) return action::Skip{};
        return std::nullopt;
    case Screen::Results: return action::ShowServices{};
    case Screen::Advice: return action::ShowResults{};
    case Screen::Services: return action::ShowTakeAway{};
    case Screen::TakeAway: return action::Finish{};
    case Screen::End:
    case Screen::Neutral: return action::Restart{};
    }
    return std::nullopt;
}

} // namespace

std::optional<Action> actionForKey(const Kiosk& k, Key key, int digit, bool windowed, int64_t nowMs) {
    switch (key) {
    case Key::Digit: return digitAction(k, digit);
    case Key::Enter: return enterAction(k, nowMs);
    case Key::Backspace:
        if (k.screen == Screen::WorkerPin) return action::Worker{worker::Erase{}};
        if (k.screen == Screen::WorkerPanel) return action::Worker{worker::EraseLabel{}};
        return action::Back{};
    case Key::Escape:
        if (k.inWorkerPanel()) return action::Worker{worker::Close{}};
        if (windowed && k.inPersonFlow()) return action::QuickExit{};
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Action> actionForText(const Kiosk& k, const std::string& text) {
    if (k.screen == Screen::WorkerPanel && k.worker.tab == WorkerTab::Settings && !text.empty()) {
        return action::Worker{worker::TypeLabel{text}};
    }
    return std::nullopt;
}

} // namespace core
