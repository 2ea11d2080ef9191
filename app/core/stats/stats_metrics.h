// The names of the anonymous counters, in one place: the tally writes them, the report
// reads them, the privacy audit allows only them. Fixed metrics are an enum with one
// table of names; the others are built from content ids (a language, a domain, a level)
// by the rules below. A name spelled anywhere else is a bug.
#pragma once
#include <string>
#include <vector>

#include "core/model/content.h"

namespace core {

enum class Metric {
    SessionsStarted,    // sessions that reached their results (the only ones recorded)
    SessionsFinished,
    SessionsAbandoned,  // left the results by idle timeout or quick exit
    ResultsShown,
    CrisisRaised,       // the emergency contacts were shown
    CrisisStopped,      // a crisis answer stopped the questionnaire with its emergency screen
    ServicesViewed,
    TakeAwayShown,
    UsefulYes,
    UsefulSomewhat,
    UsefulNo,
    UsefulNone,         // left the end screen without a tap (recorded so that taps can be blurred: stats_blur.h)
    Count  // not a metric: how many there are, to list them all
};

// "sessions.started", "useful.no", …
std::string metricName(Metric metric);

// The level part of notAssessedMetric; the loader refuses it as a level id, or a level
// named so would be counted together with the domains nobody was asked about.
constexpr const char* kNotAssessedLevel = "none";

// Content-derived metrics.
std::string languageMetric(const std::string& language);                         // "language.fr"
std::string levelMetric(const std::string& domain, const std::string& level);    // "level.use.high"
std::string notAssessedMetric(const std::string& domain);                        // "level.use.none"
std::string adviceOpenedMetric(const std::string& domain);                       // "advice.opened.debt"

// Every name a session on this content can record: the fixed ones, then those derived
// from its languages, domains and levels. The privacy audit allows these and no other.
std::vector<std::string> allMetricNames(const Content& content);

} // namespace core
