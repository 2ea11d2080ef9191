// Scoring: sums per domain, mapped through the domain's level ranges.
#include "core/assessment/scoring.h"

#include "core/model/question_kind.h"

namespace core {

int levelForScore(const Domain& domain, int score) {
    int level = 0;
    for (const LevelRange& range : domain.levels) {
        if (score >= range.min) level = range.level;
    }
    return level;
}

std::vector<DomainLevel> scoreDomains(const Content& content, const AnswerSheet& answers) {
    std::vector<DomainLevel> result(content.domains.size());
    for (size_t d = 0; d < result.size(); ++d) result[d].domain = static_cast<int>(d);
    for (size_t q = 0; q < content.questions.size() && q < answers.size(); ++q) {
        const Question& question = content.questions[q];
        if (!question.domain || !answers[q].answered()) continue;
        DomainLevel& d = result[static_cast<size_t>(*question.domain)];
        d.score += responseScore(question, answers[q]);
        ++d.answered;
    }
    for (DomainLevel& d : result) {
        if (d.answered > 0) d.level = levelForScore(content.domains[static_cast<size_t>(d.domain)], d.score);
    }
    return result;
}

bool crisisRaised(const Content& content, const AnswerSheet& answers) {
    for (size_t q = 0; q < content.questions.size() && q < answers.size(); ++q) {
        if (raisesCrisis(content.questions[q], answers[q])) return true;
    }
    return false;
}

} // namespace core
