// Randomized response over a session's record: every draw played, so the bounds are
// exact, not sampled; and the report's estimates find the truth back on average.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>

#include "core/stats/stats_blur.h"
#include "core/stats/stats_metrics.h"
#include "core/stats/stats_report.h"
#include "support/content_fixture.h"

namespace {

// A random source that replays a fixed list of draws (each taken modulo n).
struct Scripted {
    std::vector<uint32_t> draws;
    size_t next = 0;
    uint32_t operator()(uint32_t n) { return draws.at(next++) % n; }
};

// Every draw sequence of one group (keep or replace, then which), with its probability:
// P(recorded | truth) exactly.
std::map<std::string, double> outcomes(const std::string& truth) {
    const core::RecordGroup g = core::usefulGroup();
    const uint32_t k = static_cast<uint32_t>(g.choices.size());
    std::map<std::string, double> p;
    p[core::blurredUseful(truth, Scripted{{0}})] += 0.5;  // kept
    for (uint32_t j = 0; j < k; ++j) {
        Scripted s{{1, j}};
        p[core::blurredUseful(truth, std::ref(s))] += 0.5 / k;
    }
    return p;
}

} // namespace

TEST_CASE("whatever is recorded, every answer could have produced it, at most k + 1 times likelier") {
    const core::RecordGroup g = core::usefulGroup();
    const double k = static_cast<double>(g.choices.size());
    for (const auto& a : g.choices) {
        for (const auto& b : g.choices) {
            const auto pa = outcomes(a), pb = outcomes(b);
            for (const auto& recorded : g.choices) {
                CAPTURE(a); CAPTURE(b); CAPTURE(recorded);
                REQUIRE(pa.count(recorded));
                REQUIRE(pb.count(recorded));
                CHECK(pa.at(recorded) / pb.at(recorded) <= k + 1 + 1e-9);
            }
        }
    }
    CHECK(outcomes("useful.yes").at("useful.yes") == doctest::Approx(0.5 + 0.5 / k));
}

TEST_CASE("a session's record: fixed counts as they are, one blurred choice per group, nothing else") {
    const core::Content& c = testing::baseContent();
    const std::vector<std::string> truth = {"sessions.started", "sessions.finished", "language.fr", "results.shown",
                                            "level.use.high", "crisis.raised", "a.metric.nobody.knows"};
    // Every group kept: the record is the truth, without the unknown metric, with no "nothing".
    std::vector<std::string> kept = core::blurredSession(c, truth, [](uint32_t) { return 0u; });
    std::sort(kept.begin(), kept.end());
    std::vector<std::string> expected(truth.begin(), truth.end() - 1);
    std::sort(expected.begin(), expected.end());
    CHECK(kept == expected);
    // Every group replaced by its first choice: the record no longer depends on the truth.
    auto replaced = [&](const std::vector<std::string>& t) {
        Scripted s;
        for (int i = 0; i < 100; ++i) s.draws.insert(s.draws.end(), {1, 0});  // replace, then choice 0
        return core::blurredSession(c, t, std::ref(s));
    };
    const std::vector<std::string> other = {"sessions.started", "sessions.abandoned", "language.en", "results.shown", "level.use.low"};
    CHECK(replaced(truth) == replaced(other));
    // Each group has as many choices as the report divides by.
    for (const auto& g : core::sessionGroups(c)) CHECK(g.choices.size() >= 2);
}

TEST_CASE("the report's estimates find the truth back: 2000 sessions, all 'high' in one domain") {
    const core::Content& c = testing::baseContent();
    std::mt19937 rng(24);
    auto random = [&](uint32_t n) { return static_cast<uint32_t>(rng() % n); };
    std::map<std::string, int64_t> sums;
    const int n = 2000;
    for (int i = 0; i < n; ++i) {
        for (const auto& m : core::blurredSession(c, {"sessions.started", "sessions.finished", "language.fr", "results.shown",
                                                       "level.use.high"}, random)) {
            ++sums[m];
        }
    }
    std::vector<core::CounterRow> rows;
    for (const auto& [m, count] : sums) rows.push_back({"2026-11-27", "", m, count});
    const core::Report report = core::buildReport(c, rows, 1);
    const core::ReportTable* levels = nullptr;
    for (const auto& t : report.tables) if (t.kind == core::TableKind::Levels && t.subject == "use") levels = &t;
    REQUIRE(levels);
    const core::ReportCell& high = levels->cells[2];
    REQUIRE(high.subject == "high");
    REQUIRE(high.count);
    CHECK(*high.count >= n - 150);
    CHECK(*high.count <= n + 150);
    CHECK(*high.count % core::kShownStep == 0);
    CHECK(levels->cells[0].count.value_or(0) <= 100);  // low: estimated near 0
    // Sessions are exact (never blurred), rounded only.
    CHECK(report.table(core::TableKind::Sessions)->total->count == n);
}
