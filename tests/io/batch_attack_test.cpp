// The "n−1" attack on the statistics, played through the real kiosk, effect runner and
// store: one target session, and every other session of its batch made by the adversary
// (quick exits, or sessions finished with answers they know). Two targets who answered
// differently must leave the same dashboard report, CSV, `repere stats` text, stored
// counters and raw file bytes whenever the blur drew "replace" (stats_blur.h): the truth
// reaches nothing by another road. With every draw "keep", the same plays do differ, so
// the comparison can see a leak. The bounds of the blur itself are in
// tests/core/stats/stats_blur_test.cpp.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "core/kiosk/kiosk.h"
#include "core/stats/stats_report.h"
#include "io/effects.h"
#include "io/store/stats_store.h"
#include "support/content_fixture.h"
#include "support/scratch.h"

namespace act = core::action;

namespace {

const std::string& contentDir() {
    static const std::string dir = testing::makeContentDir();
    return dir;
}

enum class Play { QuickExit, Skip, FirstAnswers, SecondAnswers };

struct Kiosk {
    io::StatsStore store;
    io::EffectRunner runner;
    core::Kiosk kiosk;
    Kiosk(const std::string& data, core::RandomBelow random)
        : store(data), runner(&store, contentDir(), std::make_unique<core::Content>(testing::baseContent()), data),
          kiosk(runner.content()) {
        runner.setRandom(std::move(random));
        runner.restore(kiosk);
    }
    void tap(const core::Action& a) {
        core::apply(kiosk, a);
        runner.run(kiosk);
    }
    // One person at the screen, from the welcome screen back to it.
    void session(Play play, int useful = -1, bool openAdvice = false) {
        tap(act::Start{});
        tap(act::BeginQuestions{});
        if (play == Play::QuickExit) {
            tap(act::QuickExit{});
            tap(act::Restart{});
            return;
        }
        for (int step = 0; step < 100 && kiosk.screen == core::Screen::Question; ++step) {
            if (play == Play::Skip) { tap(act::Skip{}); continue; }
            tap(act::Answer{play == Play::FirstAnswers ? 0 : 1});
            tap(act::Continue{});
        }
        REQUIRE(kiosk.screen == core::Screen::Results);
        if (openAdvice) { tap(act::OpenDomain{0}); tap(act::ShowResults{}); }
        tap(act::Finish{});
        if (useful >= 0) tap(act::RateUseful{useful});
        tap(act::Restart{});
    }
};

// Everything someone could compare: what the team sees in both languages, the counters,
// and the raw bytes of the file.
std::string everything(const Kiosk& k, const std::string& data) {
    const auto rows = k.store.counters();
    std::string out;
    for (core::LanguageIndex lang : {0, 1}) {
        const core::Report report = core::buildReport(k.runner.content(), rows, lang);
        out += core::reportText(k.runner.content(), report, lang) + core::reportCsv(k.runner.content(), report, lang);
    }
    for (const auto& r : rows) out += r.day + "|" + r.event + "|" + r.metric + "|" + std::to_string(r.count) + "\n";
    std::ifstream raw(data + "/stats.db", std::ios::binary);
    out += std::string((std::istreambuf_iterator<char>(raw)), std::istreambuf_iterator<char>());
    return out;
}

// The draws: every group replaced (by its first or its last choice), or every group kept.
// The coin is a draw of 2 (1 = replace); a pick among 2 choices then takes the second,
// among more the first: fixed either way, whatever the truth.
uint32_t replaceFirst(uint32_t n) { return n == 2 ? 1 : 0; }
uint32_t replaceLast(uint32_t n) { return n - 1; }
uint32_t keep(uint32_t) { return 0; }

using Scenario = void (*)(Kiosk&, Play target, int useful);

// Plays `scenario` for two targets that answered differently; returns whether what is
// left differs.
bool targetsDiffer(const char* name, Scenario scenario, core::RandomBelow random) {
    std::string seen[2];
    for (int t = 0; t < 2; ++t) {
        const std::string data = testing::freshDir(std::string("attack-") + name + "-" + std::to_string(t));
        {
            Kiosk k(data, random);
            scenario(k, t ? Play::SecondAnswers : Play::FirstAnswers, t ? 2 : 0);
            seen[t] = everything(k, data);
        }
        std::filesystem::remove_all(data);
    }
    return seen[0] != seen[1];
}

void fourQuickExits(Kiosk& k, Play target, int useful) {
    k.session(target, useful, target == Play::SecondAnswers);
    for (int i = 0; i < 4; ++i) k.session(Play::QuickExit);
    // Throwaway starts never fill a batch: the target waits alone in memory, nothing on disk.
    CHECK(k.store.sessionsNotYetInABatch() == 1);
    CHECK(k.store.counters().empty());
    for (int i = 0; i < 40; ++i) k.session(Play::QuickExit);
    CHECK(k.store.counters().empty());
}

void fourKnownFinished(Kiosk& k, Play target, int useful) {
    k.session(target, useful, target == Play::SecondAnswers);
    for (int i = 0; i < 4; ++i) k.session(Play::Skip, 1);
    CHECK(testing::storedCount(k.store, "sessions.started") == 5);  // a batch that is the target alone, but for known sessions
}

void betweenTwoKnownBatches(Kiosk& k, Play target, int useful) {
    for (int i = 0; i < 5; ++i) k.session(Play::FirstAnswers, 2);
    k.session(target, useful, target == Play::SecondAnswers);
    for (int i = 0; i < 4; ++i) k.session(Play::FirstAnswers, 2);
    for (int i = 0; i < 5; ++i) k.session(Play::FirstAnswers, 2);
    CHECK(testing::storedCount(k.store, "sessions.started") == 15);
}

void knownAnswersLikeTheTarget(Kiosk& k, Play target, int useful) {
    k.session(target, useful);
    for (int i = 0; i < 4; ++i) k.session(Play::SecondAnswers, 0, true);
    for (int i = 0; i < 3; ++i) k.session(Play::QuickExit);
    CHECK(testing::storedCount(k.store, "sessions.started") == 5);
}

} // namespace

TEST_CASE("n−1 attack: one target, then four start-and-quick-exit sessions: nothing is written at all") {
    CHECK_FALSE(targetsDiffer("quick", fourQuickExits, keep));  // even with every draw "keep"
    CHECK_FALSE(targetsDiffer("quick-r", fourQuickExits, replaceFirst));
}

TEST_CASE("n−1 attack with throwaways that finish with known answers: nothing but the blurred record") {
    const std::vector<std::pair<const char*, Scenario>> scenarios = {
        {"known", fourKnownFinished}, {"between", betweenTwoKnownBatches}, {"alike", knownAnswersLikeTheTarget}};
    for (const auto& [name, scenario] : scenarios) {
        CAPTURE(name);
        CHECK_FALSE(targetsDiffer(name, scenario, replaceFirst));
        CHECK_FALSE(targetsDiffer(name, scenario, replaceLast));
        CHECK(targetsDiffer(name, scenario, keep));  // the test can see a difference when there is one
    }
}
