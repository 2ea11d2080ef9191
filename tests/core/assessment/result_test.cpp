// Advice selection and order (crisis, level, priority) and service selection (card by
// card: named contacts then needs; national first; region and audience filters),
// pinned on the base profiles.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/assessment/result.h"
#include "core/assessment/session.h"
#include "support/content_fixture.h"

namespace {
std::vector<std::string> adviceIds(const core::Content& c, const std::vector<int>& cards) {
    std::vector<std::string> ids;
    for (int a : cards) ids.push_back(c.advice[static_cast<size_t>(a)].id);
    return ids;
}
std::vector<std::string> serviceIds(const core::Content& c, const std::vector<int>& services) {
    std::vector<std::string> ids;
    for (int s : services) ids.push_back(c.services[static_cast<size_t>(s)].id);
    return ids;
}
core::Result resultFor(const core::Content& c, const std::string& profile, const std::string& region = "test-region") {
    core::Session s(c);
    s.applyProfile(testing::profile(c, profile));
    return core::buildResult(c, s.answers(), region);
}
using Ids = std::vector<std::string>;
} // namespace

TEST_CASE("daily seller: debt (high) before use (moderate), trigger by priority") {
    const core::Content& c = testing::baseContent();
    const auto r = resultFor(c, "daily-seller");
    CHECK_FALSE(r.crisis);
    CHECK(r.domains[0].level == 1);
    CHECK(r.domains[1].level == 2);
    CHECK(adviceIds(c, r.advice) == Ids{"debt-supplier", "debt-any", "use-higher"});
    CHECK(serviceIds(c, r.services) == Ids{"drug-line", "local-debt"});
    CHECK(adviceIds(c, r.adviceFor(c, 0)) == Ids{"use-higher"});
}

TEST_CASE("crisis comes first, with the crisis line first") {
    const core::Content& c = testing::baseContent();
    const auto r = resultFor(c, "crisis");
    CHECK(r.crisis);
    CHECK(adviceIds(c, r.advice) == Ids{"crisis-call", "use-low"});
    CHECK(serviceIds(c, r.services) == Ids{"crisis-line", "emergency-112", "drug-line"});
    CHECK(adviceIds(c, r.crisisAdvice(c)) == Ids{"crisis-call"});
    CHECK(serviceIds(c, r.crisisServices(c)) == Ids{"crisis-line", "emergency-112"});
}

TEST_CASE("nothing answered: no level, no card, the general national lines, not the emergency lines") {
    const core::Content& c = testing::baseContent();
    const auto r = resultFor(c, "silent");
    CHECK_FALSE(r.crisis);
    for (const auto& d : r.domains) CHECK_FALSE(d.level.has_value());
    CHECK(r.advice.empty());
    CHECK(serviceIds(c, r.services) == Ids{"drug-line"});
}

TEST_CASE("a service with 'when' reaches only the people whose answers satisfy it") {
    core::Content c = testing::baseContent();
    const auto drugLine = std::find_if(c.services.begin(), c.services.end(), [](const core::Service& s) { return s.id == "drug-line"; });
    REQUIRE(drugLine != c.services.end());
    drugLine->when = core::Condition{{}, {testing::ref(c, "freq.rarely")}};  // like a youth line and an age band
    CHECK(serviceIds(c, resultFor(c, "daily-seller").services) == Ids{"local-debt"});
    drugLine->when = core::Condition{{}, {testing::ref(c, "freq.daily")}};
    CHECK(serviceIds(c, resultFor(c, "daily-seller").services) == Ids{"drug-line", "local-debt"});
}

TEST_CASE("services follow the cards: a card's own contacts and needs come before the next card's") {
    core::Content c = testing::baseContent();
    // use-higher (shown second-to-last for the daily seller) names the crisis line: it must
    // not jump ahead of the services that debt-supplier, the first card, needs.
    const auto useHigher = std::find_if(c.advice.begin(), c.advice.end(), [](const core::Advice& a) { return a.id == "use-higher"; });
    REQUIRE(useHigher != c.advice.end());
    const auto line = std::find_if(c.services.begin(), c.services.end(), [](const core::Service& s) { return s.id == "crisis-line"; });
    useHigher->contacts = {static_cast<int>(line - c.services.begin())};
    const auto r = resultFor(c, "daily-seller");
    CHECK(serviceIds(c, r.services) == Ids{"drug-line", "crisis-line", "local-debt"});
}

TEST_CASE("region filter keeps only that region's local services") {
    const core::Content& c = testing::baseContent();
    const auto r = resultFor(c, "daily-seller", "other-region");
    CHECK(serviceIds(c, r.services) == Ids{"drug-line", "elsewhere"});
}

TEST_CASE("the sample notice is due exactly when a listed service is a sample entry") {
    core::Content c = testing::baseContent();
    for (auto& s : c.services) s.sample = s.id == "elsewhere";
    CHECK(core::listsSampleServices(c, resultFor(c, "daily-seller", "other-region")));  // "elsewhere" is listed
    CHECK_FALSE(core::listsSampleServices(c, resultFor(c, "daily-seller")));            // only real entries listed
}

TEST_CASE("a triggered card with no level bounds shows whatever the level") {
    const core::Content& c = testing::baseContent();
    core::AnswerSheet sheet(c.questions.size());
    sheet[0] = core::Response::of(testing::ref(c, "sells.yes").answer);
    sheet[2] = core::Response::of(testing::ref(c, "owes.supplier").answer);
    const auto r = core::buildResult(c, sheet, "test-region");
    CHECK(adviceIds(c, r.advice) == Ids{"debt-supplier", "debt-any"});
}
