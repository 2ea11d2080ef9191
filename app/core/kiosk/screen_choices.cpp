// Choices per screen, from the kiosk state and the content.
#include "core/kiosk/screen_choices.h"

#include "core/model/question_kind.h"
#include "core/stats/stats_tally.h"

namespace core {
namespace {

std::vector<Choice> questionChoices(const Kiosk& k) {
    const Session& session = k.person.session;
    const Question& q = k.content->questions[static_cast<size_t>(session.currentQuestion())];
    const Response given = session.currentResponse();
    std::vector<Choice> choices;
    for (size_t a = 0; a < q.answers.size(); ++a) {
        const int index = static_cast<int>(a);
        choices.push_back({"answer-" + q.answers[a].id, std::to_string(a + 1) + "   " + q.answers[a].text.in(k.language()),
                           action::Answer{index}, given.has(index)});
    }
    choices.push_back({"answer-skip", std::to_string(q.answers.size() + 1) + "   " + k.content->ui("prefer_not_to_say", k.language()),
                       action::Skip{}, given.isDeclined(), ChoiceKind::Skip});
    return choices;
}

std::vector<Choice> resultChoices(const Kiosk& k) {
    std::vector<Choice> choices;
    if (!k.person.result) return choices;
    const auto& domains = k.person.result->domains;
    for (size_t i = 0; i < domains.size(); ++i) {
        const Domain& domain = k.content->domains[static_cast<size_t>(domains[i].domain)];
        choices.push_back({"tile-" + domain.id, domain.name.in(k.language()), action::OpenDomain{domains[i].domain}, false,
                           ChoiceKind::DomainTile, static_cast<int>(i)});
    }
    return choices;
}

std::vector<Choice> usefulChoices(const Kiosk& k) {
    if (k.person.usefulRating) return {};
    std::vector<Choice> choices;
    for (const UsefulAnswer& a : usefulAnswers()) {
        choices.push_back({"useful-" + std::to_string(a.rating), k.content->ui(a.labelId, k.language()), action::RateUseful{a.rating},
                           false, ChoiceKind::Rating});
    }
    return choices;
}

std::string lineWidgetId(const TakeAwayLineId& id) {
    static const char* const kinds[] = {"crisis", "advice", "contact"};
    return std::string("takeaway-line-") + kinds[static_cast<int>(id.kind)] + "-" + std::to_string(id.item);
}

std::vector<Choice> takeAwayChoices(const Kiosk& k) {
    const Person& p = k.person;
    if (!p.takeAway) return {};
    std::vector<Choice> choices;
    if (p.takeAwayEnlarged) {
        return {{"takeaway-code", k.content->ui("takeaway_shrink", k.language()), action::SetTakeAwayEnlarged{false}, true, ChoiceKind::CodeSize}};
    }
    if (!p.takeAwayHidden) {
        choices.push_back({"takeaway-code", k.content->ui("takeaway_enlarge", k.language()), action::SetTakeAwayEnlarged{true}, false,
                           ChoiceKind::CodeSize});
    }
    const bool numbersOnly = p.takeAwayChoices.numbersOnly;
    choices.push_back({"takeaway-numbers-only", k.content->ui("takeaway_numbers_only", k.language()),
                       action::SetTakeAwayNumbersOnly{!numbersOnly}, numbersOnly, ChoiceKind::NumbersOnly});
    const auto& lines = p.takeAway->lines;
    for (size_t i = 0; i < lines.size(); ++i) {
        choices.push_back({lineWidgetId(lines[i].id), lines[i].text, action::ToggleTakeAwayLine{lines[i].id}, lines[i].ticked,
                           ChoiceKind::TakeAwayLine, static_cast<int>(i)});
    }
    return choices;
}

} // namespace

std::vector<Choice> screenChoices(const Kiosk& k) {
    switch (k.screen) {
    case Screen::Question: return k.person.session.finished() ? std::vector<Choice>{} : questionChoices(k);
    case Screen::Results: return resultChoices(k);
    case Screen::End: return usefulChoices(k);
    case Screen::TakeAway: return takeAwayChoices(k);
    default: return {};
    }
}

bool waitsForContinue(const Kiosk& k) {
    if (k.screen != Screen::Question || k.person.session.finished()) return false;
    return !tapMovesOn(k.content->questions[static_cast<size_t>(k.person.session.currentQuestion())]);
}

bool mayContinue(const Kiosk& k) {
    return k.screen == Screen::Question && !k.person.session.finished() && !k.person.session.currentResponse().unanswered();
}

} // namespace core
