// Question kinds: the only place that knows single from multiple choice.
#include "core/model/question_kind.h"

#include <algorithm>

namespace core {

std::optional<QuestionKind> kindNamed(const std::string& name) {
    if (name == "single") return QuestionKind::Single;
    if (name == "multiple") return QuestionKind::Multiple;
    return std::nullopt;
}

const char* kindName(QuestionKind kind) { return kind == QuestionKind::Multiple ? "multiple" : "single"; }

bool allowsSeveral(const Question& q) { return q.kind == QuestionKind::Multiple; }

namespace {
bool standsAlone(const Question& q, int answer) {
    return answer >= 0 && answer < static_cast<int>(q.answers.size()) && q.answers[static_cast<size_t>(answer)].alone;
}
} // namespace

bool canAdd(const Question& q, const Response& r, int answer) {
    if (!r.answered()) return true;
    if (!allowsSeveral(q) || standsAlone(q, answer)) return r.answers() == std::vector<int>{answer};
    const auto chosen = r.answers();
    return std::none_of(chosen.begin(), chosen.end(), [&](int a) { return standsAlone(q, a); });
}

Response afterTap(const Question& q, const Response& current, int answer) {
    if (answer < 0 || answer >= static_cast<int>(q.answers.size())) return current;
    if (!allowsSeveral(q)) return Response::of(answer);
    if (current.has(answer)) return current.without(answer);
    return canAdd(q, current, answer) ? current.with(answer) : Response::of(answer);
}

bool tapMovesOn(const Question& q) { return !allowsSeveral(q); }

int responseScore(const Question& q, const Response& r) {
    int best = 0;
    for (int a : r.answers()) {
        if (a < static_cast<int>(q.answers.size())) best = std::max(best, q.answers[static_cast<size_t>(a)].score);
    }
    return best;
}

int highestScore(const Question& q) {
    int best = 0;
    for (const Answer& a : q.answers) best = std::max(best, a.score);
    return best;
}

bool raisesCrisis(const Question& q, const Response& r) {
    const auto answers = r.answers();
    return std::any_of(answers.begin(), answers.end(), [&](int a) {
        return a < static_cast<int>(q.answers.size()) && q.answers[static_cast<size_t>(a)].crisis;
    });
}

} // namespace core
