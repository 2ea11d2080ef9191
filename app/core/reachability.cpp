// Path through the questionnaire and the reachability search used by the validator.
#include "core/reachability.h"

#include <map>

namespace core {

bool isShown(const Content& content, int question, const AnswerSheet& answers) {
    return holds(content.questions[static_cast<size_t>(question)].showIf, answers);
}

std::vector<int> shownQuestions(const Content& content, const AnswerSheet& answers) {
    AnswerSheet effective(content.questions.size(), kUnanswered);
    std::vector<int> shown;
    for (size_t q = 0; q < content.questions.size(); ++q) {
        if (!isShown(content, static_cast<int>(q), effective)) continue;
        shown.push_back(static_cast<int>(q));
        if (q < answers.size()) effective[q] = answers[q];
    }
    return shown;
}

namespace {

using Assignment = std::map<int, int>;  // question -> answer that must be given

struct Search {
    const Content& content;
    int budget = 200000;
    Assignment found;  // the assignment of the last successful search

    // Can every goal answer be given together, each on a shown question?
    bool satisfy(std::vector<AnswerRef> goals, Assignment assignment) {
        if (--budget <= 0) return true;
        if (goals.empty()) { found = assignment; return true; }
        const AnswerRef goal = goals.back();
        goals.pop_back();
        auto it = assignment.find(goal.question);
        if (it != assignment.end()) return it->second == goal.answer && satisfy(goals, assignment);
        assignment[goal.question] = goal.answer;
        return showable(goal.question, goals, assignment);
    }

    // Can `question` be shown while the remaining goals also hold?
    bool showable(int question, const std::vector<AnswerRef>& goals, const Assignment& assignment) {
        const Condition& c = content.questions[static_cast<size_t>(question)].showIf;
        std::vector<AnswerRef> withAll = goals;
        withAll.insert(withAll.end(), c.all.begin(), c.all.end());
        if (c.any.empty()) return satisfy(withAll, assignment);
        for (const AnswerRef& option : c.any) {
            std::vector<AnswerRef> withOption = withAll;
            withOption.push_back(option);
            if (satisfy(withOption, assignment)) return true;
        }
        return false;
    }
};

} // namespace

bool canBeShown(const Content& content, int question) {
    Search search{content, 200000, {}};
    return search.showable(question, {}, {});
}

std::optional<std::vector<AnswerRef>> answersShowing(const Content& content, int question) {
    Search search{content, 200000, {}};
    if (!search.showable(question, {}, {})) return std::nullopt;
    std::vector<AnswerRef> answers;
    for (const auto& [q, a] : search.found) answers.push_back({q, a});
    return answers;
}

} // namespace core
