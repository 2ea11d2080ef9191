// The shipped questionnaire as a person meets it: how many questions each path shows,
// and what each sample profile gets (levels, crisis, first advice, first services).
#include <doctest/doctest.h>

#include <algorithm>
#include <iostream>
#include <random>

#include "core/content/content_loader.h"
#include "core/assessment/reachability.h"
#include "core/assessment/result.h"
#include "core/assessment/session.h"
#include "support/content_fixture.h"

namespace {

// Walks the questionnaire answering at random (a quarter "prefer not to say").
int randomPathLength(const core::Content& c, std::mt19937& rng) {
    core::Session s(c);
    int seen = 0;
    while (!s.finished()) {
        ++seen;
        const auto& q = c.questions[static_cast<size_t>(s.currentQuestion())];
        const int pick = std::uniform_int_distribution<int>(0, static_cast<int>(q.answers.size()) * 4 / 3)(rng);
        if (pick >= static_cast<int>(q.answers.size())) s.skip();
        else {
            s.answer(pick);
            s.goOn();  // a multiple-choice question waits for "next"
        }
    }
    return seen;
}

struct Pinned {
    std::string profile;
    std::vector<std::string> levels;  // per domain, in content order; "-" = not assessed
    bool crisis;
    std::vector<std::string> firstAdvice;
    std::vector<std::string> firstServices;
};

} // namespace

TEST_CASE("a person sees between 15 and 35 questions") {
    const core::Content& c = testing::shippedContent();
    std::vector<int> lengths;
    for (const auto& p : c.profiles) {
        core::Session s(c);
        s.applyProfile(p);
        lengths.push_back(s.progress().position);
    }
    std::mt19937 rng(20261127);
    for (int i = 0; i < 5000; ++i) lengths.push_back(randomPathLength(c, rng));
    std::sort(lengths.begin(), lengths.end());
    const int min = lengths.front(), max = lengths.back(), median = lengths[lengths.size() / 2];
    MESSAGE("path length min " << min << ", median " << median << ", max " << max);
    CHECK(min >= 15);
    CHECK(max <= 35);
    CHECK(median >= 18);  // most people see enough to tell low from high
    CHECK(median <= 30);  // and finish in about five minutes
}

TEST_CASE("every question is reachable and every answer can be given") {
    const core::Content& c = testing::shippedContent();
    for (int q = 0; q < static_cast<int>(c.questions.size()); ++q) CHECK(core::canBeShown(c, q));
}

TEST_CASE("sample profiles: levels, crisis flag, first advice and services") {
    const core::Content& c = testing::shippedContent();
    const std::vector<Pinned> pinned = {
#include "content/profile_results.inc"
    };
    CHECK(pinned.size() == c.profiles.size());
    for (const Pinned& want : pinned) {
        CAPTURE(want.profile);
        core::Session s(c);
        s.applyProfile(testing::profile(c, want.profile));
        const core::Result r = core::buildResult(c, s.answers(), c.defaultRegion);
        std::vector<std::string> levels, advice, services;
        for (const auto& d : r.domains) levels.push_back(d.level ? c.levels[static_cast<size_t>(*d.level)].id : "-");
        for (size_t i = 0; i < r.advice.size() && i < 3; ++i) advice.push_back(c.advice[static_cast<size_t>(r.advice[i])].id);
        for (size_t i = 0; i < r.services.size() && i < 3; ++i) services.push_back(c.services[static_cast<size_t>(r.services[i])].id);
        CHECK(levels == want.levels);
        CHECK(r.crisis == want.crisis);
        CHECK(advice == want.firstAdvice);
        CHECK(services == want.firstServices);
    }
}
