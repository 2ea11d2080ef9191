// Longest path through the questionnaire, for a progress total that does not move.
//
// Depth-first in question order. A shown question adds one; its response only matters
// through the answers later `show_if` conditions name, so only those are tried (see
// branches()). Every other response shows a subset of the questions one of these shows
// (conditions only say "given", so they are monotone), so the maximum over these
// branches is the maximum over all answer sheets.
#include "core/assessment/path_length.h"

#include <algorithm>

#include "core/assessment/reachability.h"
#include "core/model/question_kind.h"

namespace core {
namespace {

class LongestPath {
public:
    LongestPath(const Content& content, long steps)
        : content_(content), steps_(steps), sheet_(content.questions.size()), named_(namedAnswers(content)) {}

    // The most questions shown from `start` on, given the answers of the branch so far
    // (set only on shown questions); -1 when out of steps.
    int from(size_t start) {
        int shown = 0;
        for (size_t q = start; q < content_.questions.size(); ++q) {
            if (--steps_ < 0) return -1;
            if (!isShown(content_, static_cast<int>(q), sheet_)) continue;
            ++shown;
            const std::vector<Response> options = branches(q);
            if (options.empty()) continue;  // no later condition names its answers
            int best = 0;
            for (const Response& r : options) {
                sheet_[q] = r;
                const int rest = from(q + 1);
                sheet_[q] = Response();
                if (rest < 0) return -1;
                best = std::max(best, rest);
            }
            return shown + best;
        }
        return shown;
    }

private:
    const Content& content_;
    long steps_;
    AnswerSheet sheet_;
    std::vector<std::vector<int>> named_;  // per question: its answers some show_if names

    static std::vector<std::vector<int>> namedAnswers(const Content& c) {
        std::vector<std::vector<int>> named(c.questions.size());
        auto add = [&](const AnswerRef& r) {
            std::vector<int>& list = named[static_cast<size_t>(r.question)];
            if (std::find(list.begin(), list.end(), r.answer) == list.end()) list.push_back(r.answer);
        };
        for (const Question& q : c.questions) {
            for (const AnswerRef& r : q.showIf.all) add(r);
            for (const AnswerRef& r : q.showIf.any) add(r);
        }
        for (auto& list : named) std::sort(list.begin(), list.end());
        return named;
    }

    // Single choice: each named answer. Multiple choice: all the named answers that go
    // together (more answers never show fewer questions), and each named answer that
    // stands alone.
    std::vector<Response> branches(size_t q) const {
        const Question& question = content_.questions[q];
        std::vector<Response> options;
        Response together;
        for (int a : named_[q]) {
            const bool alone = question.answers[static_cast<size_t>(a)].alone;
            if (allowsSeveral(question) && !alone) {
                if (canAdd(question, together, a)) together = together.with(a);
            } else {
                options.push_back(Response::of(a));
            }
        }
        if (together.answered()) options.push_back(together);
        return options;
    }
};

} // namespace

PathBound longestPath(const Content& content, long steps) {
    LongestPath search(content, steps);
    const int n = search.from(0);
    if (n < 0) return {static_cast<int>(content.questions.size()), false};
    return {n, true};
}

} // namespace core
