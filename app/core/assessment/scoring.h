// Each domain's score and level from a person's answers.
#pragma once
#include <optional>
#include <vector>

#include "core/model/condition.h"
#include "core/model/content.h"

namespace core {

struct DomainLevel {
    int domain = 0;
    int score = 0;
    int answered = 0;          // questions of this domain answered ("prefer not to say" excluded)
    std::optional<int> level;  // none when nothing in the domain was answered
};

// `answers` must already hold only answers on the person's path (Session::answers()).
std::vector<DomainLevel> scoreDomains(const Content& content, const AnswerSheet& answers);
int levelForScore(const Domain& domain, int score);
bool crisisRaised(const Content& content, const AnswerSheet& answers);

} // namespace core
