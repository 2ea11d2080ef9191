// The metric table and the rules for content-derived names.
#include "core/stats/stats_metrics.h"

namespace core {

std::string metricName(Metric metric) {
    // A switch, not a map: the compiler names any metric left without a name.
    switch (metric) {
    case Metric::SessionsStarted: return "sessions.started";
    case Metric::SessionsFinished: return "sessions.finished";
    case Metric::SessionsAbandoned: return "sessions.abandoned";
    case Metric::ResultsShown: return "results.shown";
    case Metric::CrisisRaised: return "crisis.raised";
    case Metric::CrisisStopped: return "crisis.stopped";
    case Metric::ServicesViewed: return "services.viewed";
    case Metric::TakeAwayShown: return "takeaway.shown";
    case Metric::UsefulYes: return "useful.yes";
    case Metric::UsefulSomewhat: return "useful.somewhat";
    case Metric::UsefulNo: return "useful.no";
    case Metric::UsefulNone: return "useful.none";
    case Metric::Count: break;
    }
    return "";
}

std::string languageMetric(const std::string& language) { return "language." + language; }
std::string levelMetric(const std::string& domain, const std::string& level) { return "level." + domain + "." + level; }
std::string notAssessedMetric(const std::string& domain) { return levelMetric(domain, kNotAssessedLevel); }
std::string adviceOpenedMetric(const std::string& domain) { return "advice.opened." + domain; }

std::vector<std::string> allMetricNames(const Content& c) {
    std::vector<std::string> names;
    for (int m = 0; m < static_cast<int>(Metric::Count); ++m) names.push_back(metricName(static_cast<Metric>(m)));
    for (const auto& l : c.languages) names.push_back(languageMetric(l.id));
    for (const auto& d : c.domains) {
        for (const auto& l : c.levels) names.push_back(levelMetric(d.id, l.id));
        names.push_back(notAssessedMetric(d.id));
        names.push_back(adviceOpenedMetric(d.id));
    }
    return names;
}

} // namespace core
