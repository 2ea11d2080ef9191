// Whether a branching condition or an advice trigger holds for a set of answers.
#pragma once

#include "core/model/content.h"
#include "core/model/response.h"

namespace core {

// A reference holds when its answer is among those chosen for its question (for a
// multiple-choice question: "this answer was among the chosen").
bool holds(const Condition& condition, const AnswerSheet& answers);

// The sheet where each referenced answer is chosen and nothing else is given (a sample
// profile, the answers that show a question).
AnswerSheet sheetOf(const Content& content, const std::vector<AnswerRef>& answers);

} // namespace core
