// Session tallies to metric names (named by stats_metrics.h).
#include "core/stats/stats_tally.h"

#include "core/stats/stats_metrics.h"

namespace core {

void tallyResult(SessionTally& t, const Content& c, const Result& r) {
    t.resultShown = true;
    t.crisis = r.crisis;
    t.levels.clear();
    for (const auto& d : r.domains) {
        const std::string& domain = c.domains[static_cast<size_t>(d.domain)].id;
        t.levels.push_back(d.level ? levelMetric(domain, c.levels[static_cast<size_t>(*d.level)].id) : notAssessedMetric(domain));
    }
}

std::vector<std::string> sessionMetrics(const SessionTally& t) {
    std::vector<std::string> m;
    if (!t.started) return m;
    m.push_back(metricName(Metric::SessionsStarted));
    m.push_back(metricName(t.finished ? Metric::SessionsFinished : Metric::SessionsAbandoned));
    if (!t.language.empty()) m.push_back(languageMetric(t.language));
    if (t.resultShown) {
        m.push_back(metricName(Metric::ResultsShown));
        m.insert(m.end(), t.levels.begin(), t.levels.end());
        if (t.crisis) m.push_back(metricName(Metric::CrisisRaised));
    }
    if (t.crisisStopped) m.push_back(metricName(Metric::CrisisStopped));
    for (const auto& domain : t.domainsOpened) m.push_back(adviceOpenedMetric(domain));
    if (t.servicesViewed) m.push_back(metricName(Metric::ServicesViewed));
    if (t.takeAwayShown) m.push_back(metricName(Metric::TakeAwayShown));
    return m;
}

const std::vector<UsefulAnswer>& usefulAnswers() {
    static const std::vector<UsefulAnswer> answers = {
        {2, "useful_yes", Metric::UsefulYes},
        {1, "useful_somewhat", Metric::UsefulSomewhat},
        {0, "useful_no", Metric::UsefulNo},
    };
    return answers;
}

const UsefulAnswer* usefulAnswer(int rating) {
    for (const UsefulAnswer& a : usefulAnswers()) if (a.rating == rating) return &a;
    return nullptr;
}

std::string usefulMetric(int rating) {
    const UsefulAnswer* a = usefulAnswer(rating);
    return metricName(a ? a->metric : Metric::UsefulNo);
}

} // namespace core
