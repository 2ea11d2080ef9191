// Session tallies to metric names.
#include "core/stats_tally.h"

namespace core {

void tallyResult(SessionTally& t, const Content& c, const Result& r) {
    t.resultShown = true;
    t.crisis = r.crisis;
    t.levels.clear();
    for (const auto& d : r.domains) {
        const std::string& domain = c.domains[static_cast<size_t>(d.domain)].id;
        t.levels.push_back(domain + "." + (d.level ? c.levels[static_cast<size_t>(*d.level)].id : std::string("none")));
    }
}

std::vector<std::string> sessionMetrics(const SessionTally& t) {
    std::vector<std::string> m;
    if (!t.started) return m;
    m.push_back("sessions.started");
    m.push_back(t.finished ? "sessions.finished" : "sessions.abandoned");
    if (!t.language.empty()) m.push_back("language." + t.language);
    if (t.resultShown) {
        m.push_back("results.shown");
        for (const auto& level : t.levels) m.push_back("level." + level);
        if (t.crisis) m.push_back("crisis.raised");
    }
    for (const auto& domain : t.domainsOpened) m.push_back("advice.opened." + domain);
    if (t.servicesViewed) m.push_back("services.viewed");
    if (t.takeAwayShown) m.push_back("takeaway.shown");
    return m;
}

std::string usefulMetric(int rating) {
    switch (rating) {
    case 2: return "useful.yes";
    case 1: return "useful.somewhat";
    default: return "useful.no";
    }
}

} // namespace core
