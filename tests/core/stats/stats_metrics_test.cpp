// Metric names: one table, and nothing recorded that the report would not show.
#include <doctest/doctest.h>

#include <set>

#include "core/assessment/result.h"
#include "core/assessment/session.h"
#include "core/stats/stats_metrics.h"
#include "core/stats/stats_report.h"
#include "core/stats/stats_tally.h"
#include "support/content_fixture.h"

namespace {

// What a session through `s` records when it ends, with everything else it could do done.
void record(const core::Content& c, const core::Session& s, bool finished, size_t language, std::set<std::string>& names) {
    core::SessionTally t;
    t.started = true;
    t.finished = finished;
    t.language = c.languages[language].id;
    core::tallyResult(t, c, core::buildResult(c, s.answers(), c.defaultRegion));
    for (const auto& d : c.domains) t.domainsOpened.insert(d.id);
    t.servicesViewed = true;
    t.takeAwayShown = true;
    t.crisisStopped = t.crisis;  // a crisis answer stops at its emergency screen
    for (auto& m : core::sessionMetrics(t)) names.insert(std::move(m));
}

// Walks the questionnaire giving `answer` at `question` and, elsewhere, answer `other`
// (clamped to the question's answers) or nothing when `other` is negative.
core::Session walk(const core::Content& c, int question, int answer, int other) {
    core::Session s(c);
    for (int guard = 0; !s.finished() && guard < 1000; ++guard) {
        const int q = s.currentQuestion();
        const int count = static_cast<int>(c.questions[static_cast<size_t>(q)].answers.size());
        if (q == question) s.answer(answer);
        else if (other < 0 || count == 0) s.skip();
        else s.answer(std::min(other, count - 1));
        if (!s.finished() && s.currentQuestion() == q && !s.goOn()) s.skip();  // multiple choice waits for "continue"
    }
    return s;
}

// Every name the shipped content's sessions record: each answer of each question, with
// the other questions skipped or answered alike, every profile, every language, both ends.
std::set<std::string> recordedNames(const core::Content& c) {
    std::set<std::string> names;
    for (size_t q = 0; q < c.questions.size(); ++q) {
        for (size_t a = 0; a < c.questions[q].answers.size(); ++a) {
            for (int other : {-1, 0, static_cast<int>(a)}) {
                record(c, walk(c, static_cast<int>(q), static_cast<int>(a), other), (q + a) % 2 == 0, (q + a) % c.languages.size(), names);
            }
        }
    }
    for (const auto& p : c.profiles) {
        core::Session s(c);
        s.applyProfile(p);
        for (size_t l = 0; l < c.languages.size(); ++l) record(c, s, l % 2 == 0, l, names);
    }
    for (int rating : {0, 1, 2}) names.insert(core::usefulMetric(rating));
    return names;
}

// Which of `names` the report reads. All stored together as in real use (alone, a part
// beside a total of 0 would rightly be hidden), with counts large enough to pass the
// small-cell rule.
std::set<std::string> reported(const core::Content& c, const std::vector<std::string>& names) {
    // The report shows estimates (stats_blur.h), not the stored counts: a name is read by
    // the report when raising its count alone changes what the report shows.
    auto shownWith = [&](size_t raised) {
        std::vector<core::CounterRow> rows;
        for (size_t i = 0; i < names.size(); ++i) rows.push_back({"2026-11-27", "", names[i], i == raised ? 1500000 : 1000000});
        std::vector<std::string> shown;
        for (const auto& table : core::buildReport(c, rows, 0).tables) {
            for (const auto& cell : table.cells) shown.push_back(cell.text());
            if (table.total) shown.push_back(table.total->text());
        }
        return shown;
    };
    const auto baseline = shownWith(names.size());
    std::set<std::string> found;
    for (size_t i = 0; i < names.size(); ++i) if (shownWith(i) != baseline) found.insert(names[i]);
    return found;
}

} // namespace

TEST_CASE("every fixed metric has a name of its own") {
    std::set<std::string> names;
    for (int m = 0; m < static_cast<int>(core::Metric::Count); ++m) {
        const std::string name = core::metricName(static_cast<core::Metric>(m));
        CAPTURE(m);
        CHECK(name.find('.') != std::string::npos);
        CHECK(names.insert(name).second);
    }
}

TEST_CASE("every metric the shipped content can record is in the table, and the report shows it") {
    const core::Content& c = testing::shippedContent();
    const std::vector<std::string> all = core::allMetricNames(c);
    const std::set<std::string> table(all.begin(), all.end());
    CHECK(table.size() == all.size());  // no name derived twice
    const std::set<std::string> recorded = recordedNames(c);
    CHECK(recorded.count(core::metricName(core::Metric::CrisisRaised)));  // the walk reaches the crisis answers
    CHECK(recorded.count(core::metricName(core::Metric::CrisisStopped)));
    for (const auto& name : recorded) {
        CAPTURE(name);
        CHECK(table.count(name));
    }
    const std::set<std::string> shown = reported(c, all);
    for (const auto& name : all) {
        CAPTURE(name);
        CHECK(shown.count(name));
    }
}

TEST_CASE("a name outside the table is not shown: the check above can fail") {
    const core::Content& c = testing::shippedContent();
    std::vector<std::string> names = core::allMetricNames(c);
    const std::string strays[] = {"answer.route.smoke", core::levelMetric(c.domains[0].id, "no-such-level")};
    names.insert(names.end(), std::begin(strays), std::end(strays));
    const std::set<std::string> shown = reported(c, names);
    for (const auto& stray : strays) CHECK_FALSE(shown.count(stray));
    CHECK(shown.count(core::levelMetric(c.domains[0].id, c.levels[0].id)));
}
