// Condition evaluation: "prefer not to say" and unanswered never satisfy a reference.
#include "core/model/condition.h"

#include <algorithm>

namespace core {
namespace {
bool given(const AnswerRef& ref, const AnswerSheet& answers) {
    return ref.question >= 0 && static_cast<size_t>(ref.question) < answers.size() &&
           answers[static_cast<size_t>(ref.question)].has(ref.answer);
}
} // namespace

bool holds(const Condition& condition, const AnswerSheet& answers) {
    const auto isGiven = [&](const AnswerRef& r) { return given(r, answers); };
    if (!std::all_of(condition.all.begin(), condition.all.end(), isGiven)) return false;
    return condition.any.empty() || std::any_of(condition.any.begin(), condition.any.end(), isGiven);
}

AnswerSheet sheetOf(const Content& content, const std::vector<AnswerRef>& answers) {
    AnswerSheet sheet(content.questions.size());
    for (const AnswerRef& a : answers) {
        if (a.question < 0 || static_cast<size_t>(a.question) >= sheet.size()) continue;
        Response& r = sheet[static_cast<size_t>(a.question)];
        r = r.with(a.answer);
    }
    return sheet;
}

} // namespace core
