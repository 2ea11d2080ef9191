// Finding the crisis card and the numbers of an emergency screen.
#include "core/assessment/emergency.h"

#include <algorithm>

namespace core {
namespace {

bool names(const Condition& condition, const AnswerRef& answer) {
    return std::find(condition.any.begin(), condition.any.end(), answer) != condition.any.end() ||
           std::find(condition.all.begin(), condition.all.end(), answer) != condition.all.end();
}

} // namespace

std::optional<int> emergencyCardFor(const Content& c, const AnswerRef& answer) {
    if (answer.question < 0 || answer.question >= static_cast<int>(c.questions.size())) return std::nullopt;
    const Question& q = c.questions[static_cast<size_t>(answer.question)];
    if (answer.answer < 0 || answer.answer >= static_cast<int>(q.answers.size()) || !q.answers[static_cast<size_t>(answer.answer)].crisis) {
        return std::nullopt;
    }
    std::optional<int> named, general;
    for (size_t a = 0; a < c.advice.size(); ++a) {
        const Advice& card = c.advice[a];
        if (!card.crisis) continue;
        if (!card.when) { if (!general) general = static_cast<int>(a); continue; }
        if (!names(*card.when, answer)) continue;
        if (!named || card.priority > c.advice[static_cast<size_t>(*named)].priority) named = static_cast<int>(a);
    }
    return named ? named : general;
}

std::vector<int> emergencyLines(const Advice& card) {
    const size_t n = std::min(card.contacts.size(), kEmergencyScreenLines);
    return {card.contacts.begin(), card.contacts.begin() + static_cast<std::ptrdiff_t>(n)};
}

} // namespace core
