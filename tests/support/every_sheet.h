// Test support: the brute-force oracle for reachability. Tries every answer sheet (each
// question: "prefer not to say", one of its answers or, for multiple choice, any set of
// them) and marks the questions some sheet shows. Exponential: for small questionnaires only (the tests and the fuzz target).
#pragma once
#include <vector>

#include "core/model/content.h"

namespace testing {

std::vector<bool> shownBySomeSheet(const core::Content& content);

} // namespace testing
