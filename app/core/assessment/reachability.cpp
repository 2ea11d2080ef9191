// Path through the questionnaire, and the exact, bounded reachability search used by
// the validator.
//
// The search, for one target question: "demands" are answers that must be given; each
// demanded question must itself be shown. Conditions only refer to earlier questions,
// so demands are settled from the highest question down: when a question is settled,
// every demand on it is already known, its `all` answers become demands, and one of its
// `any` answers is chosen (a branch, unless one is already demanded or only one is
// possible). Two different answers demanded of a single-choice question is a
// contradiction; a multiple-choice question takes any set of them that can go together
// (question_kind.h: canAdd). Targets
// are decided lowest first, so a search can stop early when only one demand is left on
// a question already known to be shown (its known answers complete the set), and never
// demands an answer of a question known never to be shown.
#include "core/assessment/reachability.h"

#include <algorithm>

#include "core/model/question_kind.h"

namespace core {

bool isShown(const Content& content, int question, const AnswerSheet& answers) {
    return holds(content.questions[static_cast<size_t>(question)].showIf, answers);
}

std::vector<int> shownQuestions(const Content& content, const AnswerSheet& answers) {
    AnswerSheet effective(content.questions.size());
    std::vector<int> shown;
    for (size_t q = 0; q < content.questions.size(); ++q) {
        if (!isShown(content, static_cast<int>(q), effective)) continue;
        shown.push_back(static_cast<int>(q));
        if (q < answers.size()) effective[q] = answers[q];
    }
    return shown;
}

namespace {

enum class Outcome { Found, Impossible, OutOfSteps };
constexpr Response kNoDemand{};
constexpr int kMaxBranchDepth = 4096;  // recursion guard; far above any real questionnaire

class Search {
public:
    Search(const Content& content, const Reachability& known, int target, long steps)
        : content_(content), known_(known), target_(target), steps_(steps),
          demand_(content.questions.size(), kNoDemand) {}

    Outcome run() { return explore({target_}, 0); }
    long stepsLeft() const { return steps_; }
    std::vector<AnswerRef> witness;

private:
    const Content& content_;
    const Reachability& known_;
    const int target_;
    long steps_;
    std::vector<Response> demand_;  // per question: the answers demanded, or kNoDemand
    std::vector<AnswerRef> trail_;  // demands added, in order, to undo branches

    // Whether `ref` may still be demanded: its question can be shown, and takes it
    // alongside the answers already demanded of it.
    bool mayDemand(const AnswerRef& ref) const {
        const Response& slot = demand_[static_cast<size_t>(ref.question)];
        if (known_.reach[static_cast<size_t>(ref.question)] == Reach::Never) return false;
        return canAdd(content_.questions[static_cast<size_t>(ref.question)], slot, ref.answer);
    }

    // Adds a demand; false when it contradicts another or the question is never shown.
    bool require(const AnswerRef& ref, std::vector<int>& agenda) {
        Response& slot = demand_[static_cast<size_t>(ref.question)];
        if (slot.has(ref.answer)) return true;
        if (!mayDemand(ref)) return false;
        const bool first = slot == kNoDemand;
        slot = slot.with(ref.answer);
        trail_.push_back(ref);
        if (!first) return true;  // already on the agenda (demands only go to questions below the one settled)
        agenda.push_back(ref.question);
        std::push_heap(agenda.begin(), agenda.end());
        return true;
    }

    void undo(size_t mark) {
        while (trail_.size() > mark) {
            Response& slot = demand_[static_cast<size_t>(trail_.back().question)];
            slot = slot.without(trail_.back().answer);
            trail_.pop_back();
        }
    }

    void recordWitness(const std::vector<AnswerRef>& completion) {
        witness = completion;
        for (size_t q = 0; q < demand_.size(); ++q) {
            for (int a : demand_[q].answers()) witness.push_back({static_cast<int>(q), a});
        }
        std::sort(witness.begin(), witness.end(), [](const AnswerRef& a, const AnswerRef& b) {
            return a.question != b.question ? a.question < b.question : a.answer < b.answer;
        });
    }

    // The `any` answers still possible for `question`; empty with `satisfied` set when
    // one is already demanded.
    std::vector<AnswerRef> options(const Condition& c, bool& satisfied) {
        std::vector<AnswerRef> open;
        satisfied = false;
        for (const AnswerRef& ref : c.any) {
            --steps_;
            if (demand_[static_cast<size_t>(ref.question)].has(ref.answer)) { satisfied = true; return {}; }
            if (mayDemand(ref)) open.push_back(ref);
        }
        std::sort(open.begin(), open.end(), [](const AnswerRef& a, const AnswerRef& b) {
            return a.question != b.question ? a.question > b.question : a.answer < b.answer;
        });
        open.erase(std::unique(open.begin(), open.end()), open.end());
        return open;
    }

    Outcome explore(std::vector<int> agenda, int depth) {
        if (depth > kMaxBranchDepth) return Outcome::OutOfSteps;
        while (!agenda.empty()) {
            if (--steps_ < 0) return Outcome::OutOfSteps;
            const int top = agenda.front();
            if (agenda.size() == 1 && top != target_ && known_.reach[static_cast<size_t>(top)] == Reach::Shown) {
                recordWitness(known_.witness[static_cast<size_t>(top)]);
                return Outcome::Found;
            }
            std::pop_heap(agenda.begin(), agenda.end());
            agenda.pop_back();
            const Condition& c = content_.questions[static_cast<size_t>(top)].showIf;
            for (const AnswerRef& ref : c.all) {
                --steps_;
                if (!require(ref, agenda)) return Outcome::Impossible;
            }
            if (c.any.empty()) continue;
            bool satisfied = false;
            const std::vector<AnswerRef> open = options(c, satisfied);
            if (satisfied) continue;
            if (open.empty()) return Outcome::Impossible;
            if (open.size() == 1) { require(open.front(), agenda); continue; }
            return branch(open, agenda, depth);
        }
        recordWitness({});
        return Outcome::Found;
    }

    Outcome branch(const std::vector<AnswerRef>& open, const std::vector<int>& agenda, int depth) {
        for (const AnswerRef& choice : open) {
            const size_t mark = trail_.size();
            std::vector<int> next = agenda;
            steps_ -= static_cast<long>(next.size());
            require(choice, next);
            const Outcome outcome = explore(std::move(next), depth + 1);
            if (outcome != Outcome::Impossible) return outcome;
            undo(mark);
        }
        return Outcome::Impossible;
    }
};

Reachability decideUpTo(const Content& content, size_t last, long stepsPerQuestion, long stepsInAll) {
    Reachability r;
    r.reach.assign(content.questions.size(), Reach::Undecided);
    r.witness.resize(content.questions.size());
    long left = stepsInAll;
    for (size_t q = 0; q <= last && q < content.questions.size(); ++q) {
        if (left <= 0) continue;  // out of steps in all: the rest stay Undecided
        Search search(content, r, static_cast<int>(q), std::min(stepsPerQuestion, left));
        const Outcome outcome = search.run();
        left -= std::min(stepsPerQuestion, left) - std::max(0L, search.stepsLeft());
        if (outcome == Outcome::Found) {
            r.reach[q] = Reach::Shown;
            r.witness[q] = std::move(search.witness);
        } else if (outcome == Outcome::Impossible) {
            r.reach[q] = Reach::Never;
        }
    }
    return r;
}

} // namespace

Reachability decideReachability(const Content& content, long stepsPerQuestion, long stepsInAll) {
    return decideUpTo(content, content.questions.size(), stepsPerQuestion, stepsInAll);
}

bool canBeShown(const Content& content, int question) {
    const Reachability r = decideUpTo(content, static_cast<size_t>(question), kReachabilityStepsPerQuestion,
                                      kReachabilityStepsInAll);
    return r.reach[static_cast<size_t>(question)] == Reach::Shown;
}

std::optional<std::vector<AnswerRef>> answersShowing(const Content& content, int question) {
    Reachability r = decideUpTo(content, static_cast<size_t>(question), kReachabilityStepsPerQuestion,
                                kReachabilityStepsInAll);
    if (r.reach[static_cast<size_t>(question)] != Reach::Shown) return std::nullopt;
    return std::move(r.witness[static_cast<size_t>(question)]);
}

} // namespace core
