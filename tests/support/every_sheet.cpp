// Every answer sheet, counted through as an odometer.
#include "support/every_sheet.h"

#include "core/reachability.h"

namespace testing {

std::vector<bool> shownBySomeSheet(const core::Content& c) {
    const size_t n = c.questions.size();
    std::vector<bool> reachable(n, false);
    core::AnswerSheet sheet(n, core::kPreferNotToSay);
    while (true) {
        for (int q : core::shownQuestions(c, sheet)) reachable[static_cast<size_t>(q)] = true;
        size_t i = 0;
        for (; i < n; ++i) {
            if (++sheet[i] < static_cast<int>(c.questions[i].answers.size())) break;
            sheet[i] = core::kPreferNotToSay;
        }
        if (i == n) return reachable;
    }
}

} // namespace testing
