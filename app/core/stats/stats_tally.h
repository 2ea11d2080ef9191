// What one session adds to the anonymous statistics: marginal counters only, named by
// metric. Built from the kiosk state when a session ends; never holds an answer.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "core/model/content.h"
#include "core/assessment/result.h"
#include "core/stats/stats_metrics.h"

namespace core {

struct SessionTally {
    bool started = false;
    bool finished = false;           // reached the end screen through "finish"
    std::string language;            // language id when the session ended
    bool resultShown = false;
    std::vector<std::string> levels; // per domain its level metric (stats_metrics.h), when a result was shown
    bool crisis = false;
    bool crisisStopped = false;      // a crisis answer opened its emergency screen
    std::set<std::string> domainsOpened;  // advice opened, by domain id
    bool servicesViewed = false;
    bool takeAwayShown = false;
};

// Fills the result part of a tally (levels and crisis), from a result.
void tallyResult(SessionTally& tally, const Content& content, const Result& result);

// The counters a session adds, each +1, named by stats_metrics.h: sessions started, then
// finished or abandoned, its language, results shown with each domain's level, crisis
// raised, questionnaire stopped by a crisis answer, advice opened per domain, services viewed, take-away shown.
std::vector<std::string> sessionMetrics(const SessionTally& tally);

// The counter a "was this useful?" tap adds: rating 2 yes, 1 a bit, 0 no.
// The end screen's "was this useful?" answers, in the order they are read left to right:
// each rating (2 yes, 1 a bit, 0 no) with its interface string and its metric. The one
// place the ratings are spelled.
struct UsefulAnswer {
    int rating;
    const char* labelId;
    Metric metric;
};
const std::vector<UsefulAnswer>& usefulAnswers();
// The answer of `rating`, or none for a rating that is not one.
const UsefulAnswer* usefulAnswer(int rating);
std::string usefulMetric(int rating);

} // namespace core
