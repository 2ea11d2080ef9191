// Advice selection and order (crisis, level, priority) and service selection
// (needs of shown cards, national first, region filter), pinned on the base profiles.
#include <doctest/doctest.h>

#include "core/result.h"
#include "core/session.h"
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
    s.applyProfile(c.profiles[static_cast<size_t>(*c.profileIndex(profile))]);
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
    CHECK(serviceIds(c, r.services) == Ids{"crisis-line", "drug-line"});
    CHECK(adviceIds(c, r.crisisAdvice(c)) == Ids{"crisis-call"});
    CHECK(serviceIds(c, r.crisisServices(c)) == Ids{"crisis-line"});
}

TEST_CASE("nothing answered: no level, no card, the national lines") {
    const core::Content& c = testing::baseContent();
    const auto r = resultFor(c, "silent");
    CHECK_FALSE(r.crisis);
    for (const auto& d : r.domains) CHECK_FALSE(d.level.has_value());
    CHECK(r.advice.empty());
    CHECK(serviceIds(c, r.services) == Ids{"crisis-line", "drug-line"});
}

TEST_CASE("region filter keeps only that region's local services") {
    const core::Content& c = testing::baseContent();
    const auto r = resultFor(c, "daily-seller", "other-region");
    CHECK(serviceIds(c, r.services) == Ids{"drug-line", "elsewhere"});
}

TEST_CASE("a triggered card with no level bounds shows whatever the level") {
    const core::Content& c = testing::baseContent();
    core::AnswerSheet sheet(c.questions.size(), core::kUnanswered);
    sheet[0] = testing::ref(c, "sells.yes").answer;
    sheet[2] = testing::ref(c, "owes.supplier").answer;
    const auto r = core::buildResult(c, sheet, "test-region");
    CHECK(adviceIds(c, r.advice) == Ids{"debt-supplier", "debt-any"});
}
