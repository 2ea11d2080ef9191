// Scoring: sums per domain, mapped through the domain's level ranges.
#include "core/scoring.h"

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
        if (!question.domain || answers[q] < 0) continue;
        DomainLevel& d = result[static_cast<size_t>(*question.domain)];
        d.score += question.answers[static_cast<size_t>(answers[q])].score;
        ++d.answered;
    }
    for (DomainLevel& d : result) {
        if (d.answered > 0) d.level = levelForScore(content.domains[static_cast<size_t>(d.domain)], d.score);
    }
    return result;
}

bool crisisRaised(const Content& content, const AnswerSheet& answers) {
    for (size_t q = 0; q < content.questions.size() && q < answers.size(); ++q) {
        if (answers[q] >= 0 && content.questions[q].answers[static_cast<size_t>(answers[q])].crisis) return true;
    }
    return false;
}

} // namespace core
