// The most questions one path through the questionnaire can show: the fixed total of
// the progress line ("Question N of TOTAL"), so it never changes while a person answers
// and N never passes it.
#pragma once

#include "core/model/content.h"

namespace core {

// The search is exact but bounded (a step is one question looked at on one branch).
// Conditions only say "this answer was given", so giving more answers never hides a
// question: a branch per answer that some condition names is enough. Beyond the bound
// the count of every question is returned, which no path can pass.
constexpr long kLongestPathSteps = 2000000;

struct PathBound {
    int questions = 0;  // the most questions any path shows
    bool exact = true;  // false: the search ran out of steps; `questions` is the count of all questions
};

PathBound longestPath(const Content& content, long steps = kLongestPathSteps);

} // namespace core
