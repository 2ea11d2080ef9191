// Whether a branching condition or an advice trigger holds for a set of answers.
#pragma once
#include <vector>

#include "core/content.h"

namespace core {

// Answer given to each question, by question index: an answer index, or one of these.
constexpr int kUnanswered = -2;
constexpr int kPreferNotToSay = -1;
using AnswerSheet = std::vector<int>;

bool holds(const Condition& condition, const AnswerSheet& answers);

} // namespace core
