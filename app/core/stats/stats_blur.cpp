// Randomized response over a session's record (see stats_blur.h for why).
#include "core/stats/stats_blur.h"

#include <algorithm>

#include "core/stats/stats_metrics.h"

namespace core {
namespace {

std::string pick(const RecordGroup& g, const std::string& truth, const RandomBelow& random) {
    if (random(2) == 0) return truth;
    return g.choices[random(static_cast<uint32_t>(g.choices.size()))];
}

bool has(const std::vector<std::string>& metrics, const std::string& m) {
    return std::find(metrics.begin(), metrics.end(), m) != metrics.end();
}

} // namespace

bool RecordGroup::hasNothing() const { return std::find(choices.begin(), choices.end(), "") != choices.end(); }

std::vector<RecordGroup> sessionGroups(const Content& c) {
    std::vector<RecordGroup> groups;
    groups.push_back({{metricName(Metric::SessionsFinished), metricName(Metric::SessionsAbandoned)}});
    RecordGroup languages;
    for (const auto& l : c.languages) languages.choices.push_back(languageMetric(l.id));
    groups.push_back(languages);
    for (const auto& d : c.domains) {
        RecordGroup levels;
        for (const auto& l : c.levels) levels.choices.push_back(levelMetric(d.id, l.id));
        levels.choices.push_back(notAssessedMetric(d.id));
        groups.push_back(levels);
    }
    groups.push_back({{metricName(Metric::CrisisRaised), ""}});
    groups.push_back({{metricName(Metric::CrisisStopped), ""}});  // the emergency screen was shown, then the results
    for (const auto& d : c.domains) groups.push_back({{adviceOpenedMetric(d.id), ""}});
    groups.push_back({{metricName(Metric::ServicesViewed), ""}});
    groups.push_back({{metricName(Metric::TakeAwayShown), ""}});
    return groups;
}

RecordGroup usefulGroup() {
    return {{metricName(Metric::UsefulYes), metricName(Metric::UsefulSomewhat), metricName(Metric::UsefulNo), metricName(Metric::UsefulNone)}};
}

std::vector<std::string> blurredSession(const Content& c, const std::vector<std::string>& metrics, const RandomBelow& random) {
    std::vector<std::string> out;
    for (Metric fixed : {Metric::SessionsStarted, Metric::ResultsShown}) {
        if (has(metrics, metricName(fixed))) out.push_back(metricName(fixed));
    }
    for (const RecordGroup& g : sessionGroups(c)) {
        std::string truth;
        for (const auto& choice : g.choices) if (!choice.empty() && has(metrics, choice)) { truth = choice; break; }
        // A group the session says nothing about and that has no "nothing" choice (a
        // language unknown to this content) records nothing: it cannot be blurred.
        if (truth.empty() && !g.hasNothing()) continue;
        std::string recorded = pick(g, truth, random);
        if (!recorded.empty()) out.push_back(std::move(recorded));
    }
    return out;
}

std::string blurredUseful(const std::string& metric, const RandomBelow& random) {
    const RecordGroup g = usefulGroup();
    const std::string truth = has(g.choices, metric) ? metric : metricName(Metric::UsefulNone);
    return pick(g, truth, random);
}

double estimatedCount(int64_t observed, int64_t records, size_t groupSize) {
    if (groupSize == 0) return 0;
    return std::max(0.0, 2.0 * static_cast<double>(observed) - static_cast<double>(records) / static_cast<double>(groupSize));
}

} // namespace core
