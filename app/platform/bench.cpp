// Benchmark figures; see bench.h.
#include "io/content/content_file.h"
#include "platform/bench.h"


#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <vector>

#include "core/content/content_loader.h"
#include "io/machine/local_clock.h"
#include "io/store/stats_store.h"
#include "core/stats/stats_tally.h"
#include "platform/cold_start.h"
#include "io/machine/process_memory.h"
#include "platform/headless_kiosk.h"

namespace platform {
namespace {

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void figure(const std::string& name, double value, const char* unit, double target) {
    const bool met = value <= target;
    std::printf("%-50s %9.2f %-3s (target ≤ %.0f %s: %s", name.c_str(), value, unit, target, unit, met ? "met" : "MISSED");
    if (!met) std::printf(" by %.0f %%", 100.0 * (value - target) / target);
    std::printf(")\n");
}

// Cold starts of `repere shoot` as separate processes: the first question alone (median
// wall time of 7 runs, median and highest peak PSS), then every screen in every language.
void coldStartFigures(const core::Content& c, const std::string& contentDir) {
    const auto out = std::filesystem::temp_directory_path() / ("repere-bench-shoot-" + std::to_string(io::processId()));
    const std::string first = "question-" + c.questions.front().id;
    std::vector<double> wall, pss, rss;
    for (int run = 0; run < 7; ++run) {
        const ColdRun r = runColdStart({"shoot", "--content", contentDir, "--out", out.string(), "--only", first, "--lang", c.languages.front().id});
        if (!r.ok) { std::printf("shoot --only %s failed\n", first.c_str()); return; }
        wall.push_back(r.wallMs);
        pss.push_back(r.peakPssMb);
        rss.push_back(r.peakRssMb);
    }
    const ColdRun all = runColdStart({"shoot", "--content", contentDir, "--out", out.string(), "--lang", "all"});
    std::filesystem::remove_all(out);
    figure("cold shoot --only " + first + ", wall (median of 7)", median(wall), "ms", 80);
    figure("cold shoot --only " + first + ", peak PSS (median)", median(pss), "MB", 29);
    std::printf("%-50s %9.2f MB  (highest PSS %.2f MB)\n", "  its peak resident set (median)", median(rss), *std::max_element(pss.begin(), pss.end()));
    if (!all.ok) { std::printf("shoot --lang all failed\n"); return; }
    figure("cold shoot --lang all (" + std::to_string(c.languages.size()) + " languages), wall", all.wallMs / 1000.0, "s", 8);
}

// One scripted session: every question answered (first answer), results, each domain's
// advice, services, take-away, finish. Returns the CPU time of each frame drawn.
std::vector<double> scriptedSession(HeadlessKiosk& h) {
    std::vector<double> frames;
    auto timedFrame = [&] {
        const double t0 = threadCpuMs();
        h.frame(true);
        frames.push_back(threadCpuMs() - t0);
    };
    h.act(core::action::Start{});
    timedFrame();
    h.act(core::action::BeginQuestions{});
    timedFrame();
    while (h.kiosk().screen == core::Screen::Question) {
        h.act(core::action::Answer{static_cast<int>(h.kiosk().person.session.currentQuestion() % 2)});
        h.act(core::action::Continue{});  // a multiple-choice question waits for it; elsewhere nothing to go on from
        timedFrame();
    }
    for (int d = 0; d < static_cast<int>(h.kiosk().content->domains.size()); ++d) {
        h.act(core::action::OpenDomain{d});
        timedFrame();
        h.act(core::action::Back{});
        timedFrame();
    }
    h.act(core::action::ShowServices{});
    timedFrame();
    h.act(core::action::ShowTakeAway{});
    timedFrame();
    h.act(core::action::Finish{});
    timedFrame();
    return frames;
}

} // namespace

int runBench(const std::string& contentDir, Clock::time_point processStart) {
    const auto loadStart = Clock::now();
    core::LoadResult loaded = io::loadContent(contentDir);
    const double loadMs = ms(Clock::now() - loadStart);
    if (!loaded.content) { std::fprintf(stderr, "repere bench: content has errors\n"); return 1; }
    const core::Content& c = *loaded.content;

    HeadlessKiosk h(c, {}, 1920, 1080);
    if (!h.ok()) { std::fprintf(stderr, "repere bench: %s\n", h.error().c_str()); return 1; }
    h.frame(true);
    const double firstFrameMs = ms(Clock::now() - processStart);

    std::vector<double> frames;
    for (int session = 0; session < 3; ++session) {
        auto f = scriptedSession(h);
        frames.insert(frames.end(), f.begin(), f.end());
        h.act(core::action::Restart{});
    }
    const double peakMb = io::peakResidentMemoryMb();

    const auto dir = std::filesystem::temp_directory_path() / ("repere-bench-" + std::to_string(io::processId()));
    std::vector<double> records;
    {
        io::StatsStore store(dir.string());
        core::Session s(c);
        s.applyProfile(c.profiles.front());
        core::SessionTally t;
        t.started = t.finished = true;
        t.language = "fr";
        core::tallyResult(t, c, core::buildResult(c, s.answers(), c.defaultRegion));
        const auto metrics = core::sessionMetrics(t);
        // Every fifth session writes a batch: the figure is the cost of that write.
        for (int i = 0; i < 50 * core::kBatchSessions; ++i) {
            const auto t0 = Clock::now();
            store.recordSession(io::localDay(), metrics);
            if (store.sessionsNotYetInABatch() == 0) records.push_back(ms(Clock::now() - t0));
        }
    }
    std::filesystem::remove_all(dir);

    const FrameRenderer& renderer = *h.renderer();
    std::printf("Repère benchmark (%zu frames at 1920x1080, software renderer)\n", frames.size());
    figure("start to first rendered frame", firstFrameMs, "ms", 150);
    figure("content load and validation", loadMs, "ms", 150);
    figure("CPU time per frame, median", median(frames), "ms", 6);
    figure("CPU time per frame, worst", *std::max_element(frames.begin(), frames.end()), "ms", 50);
    figure("peak resident memory, full session", peakMb, "MB", 60);
    figure("write a batch of 5 sessions (synchronous=FULL)", median(records), "ms", 20);
    std::printf("%-50s %4d x %-4d (%.2f MiB, RGBA)\n", "font atlas at 1080p", renderer.atlasWidth(), renderer.atlasHeight(),
                4.0 * renderer.atlasWidth() * renderer.atlasHeight() / (1 << 20));
    coldStartFigures(c, contentDir);
    return 0;
}

} // namespace platform
