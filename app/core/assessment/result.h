// What a person gets at the end: domain levels, the advice cards that apply in order
// of urgency, and the services that serve those cards' needs.
#pragma once
#include <string>
#include <vector>

#include "core/model/condition.h"
#include "core/model/content.h"
#include "core/model/opening_hours.h"
#include "core/assessment/scoring.h"

namespace core {

struct Result {
    std::vector<DomainLevel> domains;  // one per content domain, in content order
    bool crisis = false;
    std::vector<int> advice;    // indices into Content::advice, most urgent first
    std::vector<int> services;  // indices into Content::services, national first
    std::optional<LocalTime> at;  // the kiosk's time the services were ordered for (open first); none = unknown
    std::vector<int> notForThem;  // services whose `when` (e.g. an age band) these answers do not meet

    std::vector<int> adviceFor(const Content& content, int domain) const;  // in urgency order
    std::vector<int> crisisAdvice(const Content& content) const;
    // The emergency lines for the crisis cards shown, in the cards' own order, except
    // that a line closed at `at` never comes before one that is open.
    std::vector<int> crisisServices(const Content& content) const;
};

// `region`: local services are kept only when their region matches it.
// `at`: the kiosk's local time; within each need, services open then come first.
Result buildResult(const Content& content, const AnswerSheet& answers, const std::string& region,
                   std::optional<LocalTime> at = std::nullopt);

// Whether any service the result lists is a sample entry (an example standing in for a
// local directory not yet filled in): the services screen then says so above them.
bool listsSampleServices(const Content& content, const Result& result);

// Orders the result's services again for a new time (a screen opened later).
void retime(const Content& content, Result& result, const std::string& region, std::optional<LocalTime> at);

} // namespace core
