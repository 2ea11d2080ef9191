#include <doctest/doctest.h>

#include "core/assessment/session.h"
#include "core/stats/stats_tally.h"
#include "support/content_fixture.h"

TEST_CASE("a finished session's counters: marginal, one per domain, nothing else") {
    const core::Content& c = testing::baseContent();
    core::Session s(c);
    s.applyProfile(c.profiles[0]);
    core::SessionTally t;
    t.started = true;
    t.finished = true;
    t.language = "en";
    core::tallyResult(t, c, core::buildResult(c, s.answers(), "test-region"));
    t.domainsOpened = {"debt"};
    t.servicesViewed = true;
    CHECK(core::sessionMetrics(t) == std::vector<std::string>{"sessions.started", "sessions.finished", "language.en",
                                                             "results.shown", "level.use.moderate", "level.debt.high",
                                                             "advice.opened.debt", "services.viewed"});
}

TEST_CASE("an abandoned session before any result, and an empty one") {
    core::SessionTally t;
    CHECK(core::sessionMetrics(t).empty());
    t.started = true;
    t.language = "fr";
    CHECK(core::sessionMetrics(t) == std::vector<std::string>{"sessions.started", "sessions.abandoned", "language.fr"});
    CHECK(core::usefulMetric(2) == "useful.yes");
    CHECK(core::usefulMetric(1) == "useful.somewhat");
    CHECK(core::usefulMetric(0) == "useful.no");
}
