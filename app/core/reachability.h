// Which questions a person can be shown: per answer sheet (the path through the
// questionnaire) and over all possible answer sets (for the validator).
#pragma once
#include <optional>
#include <vector>

#include "core/condition.h"
#include "core/content.h"

namespace core {

bool isShown(const Content& content, int question, const AnswerSheet& answers);

// Indices of the questions shown, in order, when the given answers are applied in
// order; answers to questions that end up hidden are ignored.
std::vector<int> shownQuestions(const Content& content, const AnswerSheet& answers);

// True when some set of answers shows the question. Conditions only refer to earlier
// questions, so the search always ends; it is bounded to keep `check` fast on
// pathological files (beyond the bound the question counts as reachable).
bool canBeShown(const Content& content, int question);

// Answers that, given in question order (others "prefer not to say"), lead to the
// question being shown; none when it cannot be shown. For previews and screenshots.
std::optional<std::vector<AnswerRef>> answersShowing(const Content& content, int question);

} // namespace core
