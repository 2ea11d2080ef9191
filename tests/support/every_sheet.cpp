// Every answer sheet, counted through as an odometer.
#include "support/every_sheet.h"

#include "core/model/question_kind.h"
#include "core/assessment/reachability.h"

namespace testing {
namespace {

// Responses a question can get: "prefer not to say", then each answer (single choice) or
// each non-empty set of answers (multiple choice, as a bit mask).
int responsesOf(const core::Question& q) {
    const int n = static_cast<int>(q.answers.size());
    return core::allowsSeveral(q) ? (1 << n) : n + 1;
}

core::Response responseAt(const core::Question& q, int i) {
    if (i == 0) return core::Response::declined();
    if (!core::allowsSeveral(q)) return core::Response::of(i - 1);
    core::Response r;
    for (int a = 0; a < static_cast<int>(q.answers.size()); ++a) {
        if (!(i & (1 << a))) continue;
        if (!core::canAdd(q, r, a)) return core::Response::declined();  // a set no one can choose
        r = r.with(a);
    }
    return r;
}

} // namespace

std::vector<bool> shownBySomeSheet(const core::Content& c) {
    const size_t n = c.questions.size();
    std::vector<bool> reachable(n, false);
    std::vector<int> at(n, 0);
    core::AnswerSheet sheet(n, core::Response::declined());
    while (true) {
        for (int q : core::shownQuestions(c, sheet)) reachable[static_cast<size_t>(q)] = true;
        size_t i = 0;
        for (; i < n; ++i) {
            at[i] = (at[i] + 1) % responsesOf(c.questions[i]);
            sheet[i] = responseAt(c.questions[i], at[i]);
            if (at[i] != 0) break;
        }
        if (i == n) return reachable;
    }
}

} // namespace testing
