// Which questions a person can be shown: per answer sheet (the path through the
// questionnaire) and over all possible answer sets (for the validator).
#pragma once
#include <optional>
#include <vector>

#include "core/model/condition.h"
#include "core/model/content.h"

namespace core {

bool isShown(const Content& content, int question, const AnswerSheet& answers);

// Indices of the questions shown, in order, when the given answers are applied in
// order; answers to questions that end up hidden are ignored.
std::vector<int> shownQuestions(const Content& content, const AnswerSheet& answers);

// Deciding reachability in general is as hard as satisfiability (one answer per question
// makes `any` lists choices that can contradict each other), so the search is exact but
// bounded: a step is one answer reference looked at. Beyond the bound the answer is
// Undecided, which the validator reports as an error, never as a pass.
constexpr long kReachabilityStepsPerQuestion = 100000;
constexpr long kReachabilityStepsInAll = 2000000;

enum class Reach { Shown, Never, Undecided };

struct Reachability {
    std::vector<Reach> reach;                        // per question
    std::vector<std::vector<AnswerRef>> witness;     // per Shown question: answers that show it
};

// Decides every question, lowest first, within the bounds above (tests pass smaller ones).
Reachability decideReachability(const Content& content, long stepsPerQuestion = kReachabilityStepsPerQuestion,
                                 long stepsInAll = kReachabilityStepsInAll);

// True when some set of answers is known to show the question.
bool canBeShown(const Content& content, int question);

// Answers that, given in question order (others "prefer not to say"), lead to the
// question being shown; none when it cannot be shown or was not decided. For previews
// and screenshots.
std::optional<std::vector<AnswerRef>> answersShowing(const Content& content, int question);

} // namespace core
