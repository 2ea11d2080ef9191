// What one session's record becomes before it joins a batch: every answer-derived part is
// blurred by randomized response, so that no record, even one isolated by an adversary who
// made every other session of its batch, tells what that person answered. For each group
// of alternatives (a domain's level, the language, each yes/no fact), the true one is kept
// with probability 1/2, else one of the group is drawn uniformly (the true one included).
// Whatever was recorded, every answer could have produced it, and one is at most k + 1
// times likelier than another (k: the group's size; 3 for a yes/no fact, 5 for a level
// among three plus "not assessed"). The report (stats_report.h) turns the blurred sums back
// into estimates. Pure: the random draw is passed in (io draws from the system).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/model/content.h"

namespace core {

// A uniform draw in [0, n).
using RandomBelow = std::function<uint32_t(uint32_t n)>;

// Alternatives of which a session records exactly one ("" = records nothing).
struct RecordGroup {
    std::vector<std::string> choices;
    bool hasNothing() const;  // whether "" is one of them (a yes/no fact)
};

// The groups of a session's record on this content, and of the "was this useful?" tap.
std::vector<RecordGroup> sessionGroups(const Content& content);
RecordGroup usefulGroup();

// The record that reaches the batch: the counts every recorded session carries alike
// (sessions started, results shown) as they are, then one blurred choice per group.
// Anything else in `metrics` is dropped.
std::vector<std::string> blurredSession(const Content& content, const std::vector<std::string>& metrics, const RandomBelow& random);
// The useful tap (a useful.* metric, or useful.none when the person left without one), blurred.
std::string blurredUseful(const std::string& metric, const RandomBelow& random);

// The count of `choice` that the blurred sums suggest: 2 × observed − n / k, where n is
// how many records the group got and k its size. Unbiased; never below 0.
double estimatedCount(int64_t observed, int64_t records, size_t groupSize);

} // namespace core
