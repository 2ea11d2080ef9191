// Random input and per-frame invariants.
#include "platform/monkey.h"
#include "io/machine/process_memory.h"

#include <cstdio>
#include <random>
#include <algorithm>
#include <memory>
#include <set>

#include "core/kiosk/screen_choices.h"
#include "platform/headless_kiosk.h"
#include "ui/kiosk_view.h"

namespace platform {
namespace {

// The help-now screens: the emergency screen and the friend guide hold their state only
// while open and always offer their ways on; the friend guide is offered wherever it must be.
std::string helpNowBroken(HeadlessKiosk& h) {
    const core::Kiosk& k = h.kiosk();
    const auto& widgets = h.widgets();
    if ((k.screen == core::Screen::Emergency) != k.person.emergency.has_value()) return "emergency state outlived its screen";
    if ((k.screen == core::Screen::FriendGuide) != k.person.friendGuideFrom.has_value()) return "friend guide state outlived its screen";
    if (k.screen == core::Screen::Emergency && !(widgets.find("emergency-go-on") && widgets.find("emergency-back"))) {
        return "emergency screen without its ways on";
    }
    if (k.screen == core::Screen::FriendGuide && !widgets.find("friend-guide-back")) return "friend guide without its way back";
    const bool offered = k.screen == core::Screen::Welcome || k.screen == core::Screen::Question;
    if (offered && !k.languagePickerOpen && !k.content->friendSteps.empty() && !widgets.find("friend-guide")) {
        return "no friend guide button on screen " + ui::screenName(k);
    }
    return {};
}

// Why the UI is in a bad state, or empty when it is fine.
std::string brokenInvariant(HeadlessKiosk& h) {
    const core::Kiosk& k = h.kiosk();
    const auto& widgets = h.widgets();
    for (const auto& w : widgets.widgets()) {
        if (!w.textFits) return "text overflows widget '" + w.id + "'";
    }
    const bool wayBack = k.screen == core::Screen::Welcome || widgets.find("quick-exit") ||
                         (k.screen == core::Screen::End && widgets.find("restart")) ||
                         (k.screen == core::Screen::Neutral && widgets.find("neutral-continue")) ||
                         (k.inTeamPanel() && widgets.find("worker-close"));
    if (!wayBack) return "no way back to welcome on screen " + ui::screenName(k);
    // Every way out of a person's flow (quick exit, idle, finish, restart) lands on one
    // of these screens, so holding answers there means a wipe missed something.
    const bool afterWipe = k.screen == core::Screen::Welcome || k.screen == core::Screen::Neutral ||
                           k.screen == core::Screen::End;
    if (afterWipe && k.holdsAnswers()) return "answers survived a wipe on screen " + ui::screenName(k);
    const bool needsResult = k.screen == core::Screen::Results || k.screen == core::Screen::Advice ||
                             k.screen == core::Screen::Services || k.screen == core::Screen::TakeAway;
    if (needsResult != k.person.result.has_value()) return "result and screen disagree on " + ui::screenName(k);
    if ((k.screen == core::Screen::TakeAway) != k.person.takeAway.has_value()) return "take-away code outlived its screen";
    if (k.screen == core::Screen::Question && k.person.session.finished()) return "question screen with no question";
    return helpNowBroken(h);
}

} // namespace

long residentKb() { return io::residentMemoryKb(); }

// Soak: sessions tapped through one after another (random answers, sometimes the advice,
// the take-away, a usefulness tap), as a stand would see over a festival. Resident memory
// after the first 1,000 sessions must not grow by more than 5 %.
int runSoak(HeadlessKiosk& h, const MonkeyOptions& o) {
    std::mt19937_64 rng(o.seed);
    auto pick = [&](int n) { return static_cast<int>(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    long baseline = 0, peak = 0;
    h.frame(false);
    while (h.kiosk().sessionsFinished < o.soakSessions) {
        const int before = h.kiosk().sessionsFinished;
        h.tap("start", false);
        h.tap("intro-go", false);
        for (int guard = 0; (h.kiosk().screen == core::Screen::Question || h.kiosk().screen == core::Screen::Emergency) && guard < 200;
             ++guard) {
            if (h.kiosk().screen == core::Screen::Question) {
                h.key(core::Key::Digit, 1 + pick(static_cast<int>(core::screenChoices(h.kiosk()).size())), false);
            }
            h.key(core::Key::Enter, 0, false);  // a multiple-choice question, or an emergency screen, waits for it
        }
        if (pick(3) == 0) h.act(core::action::OpenDomain{pick(static_cast<int>(h.kiosk().content->domains.size()))});
        h.act(core::action::ShowServices{});
        if (pick(2) == 0) h.act(core::action::ShowTakeAway{});
        h.act(core::action::Finish{});
        h.frame(false);
        if (pick(2) == 0) h.tap("useful-" + std::to_string(pick(3)), false);
        h.tap("restart", false);
        if (h.kiosk().sessionsFinished == before) {
            std::printf("FAILED: session %d did not finish (seed %llu)\n", before + 1, static_cast<unsigned long long>(o.seed));
            return 1;
        }
        const long rss = residentKb();
        if (h.kiosk().sessionsFinished == 1000) baseline = rss;
        peak = std::max(peak, rss);
    }
    const long end = residentKb();
    std::printf("sessions finished %d\nresident after 1000 sessions %ld KB, at the end %ld KB, peak %ld KB\n",
                h.kiosk().sessionsFinished, baseline, end, peak);
    if (baseline > 0 && end > baseline + baseline / 20) {
        std::printf("FAILED: resident memory grew by more than 5 %% after the first 1000 sessions\n");
        return 1;
    }
    return 0;
}

int runMonkey(const core::Content& content, const MonkeyOptions& o) {
    core::KioskSettings settings;
    settings.idleSeconds = 30;
    settings.countdownSeconds = 10;
    // Statistics only ever go to the --data directory given; without one nothing is recorded.
    std::unique_ptr<io::StatsStore> store;
    if (!o.dataDir.empty()) store = std::make_unique<io::StatsStore>(o.dataDir);
    HeadlessKiosk h(content, settings, o.width, o.height, true, store.get());
    if (!h.ok()) { std::fprintf(stderr, "repere monkey: %s\n", h.error().c_str()); return 1; }
    if (o.soakSessions > 0) return runSoak(h, o);
    std::mt19937_64 rng(o.seed);
    auto pick = [&](int n) { return static_cast<int>(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    auto coord = [&](int max) { return static_cast<float>(pick(max)); };
    std::set<std::string> screens;
    h.frame(false);
    for (long step = 1; step <= o.events; ++step) {
        const int kind = pick(1000);
        const auto& widgets = h.widgets().widgets();
        if (kind < 700 && !widgets.empty()) {
            // Most taps go forward (answers and main buttons), so many sessions get finished;
            // the rest pick any widget on screen, quick exit included.
            std::vector<std::string> forward;
            for (const auto& w : widgets) {
                if (w.id.rfind("answer-", 0) == 0 || w.id == "start" || w.id == "intro-go" || w.id == "see-services" ||
                    w.id == "take-away" || w.id == "finish" || w.id.rfind("useful-", 0) == 0 || w.id == "restart" ||
                    w.id == "neutral-continue" || w.id == "emergency-go-on" || w.id == "friend-guide-back") {
                    forward.push_back(w.id);
                }
            }
            const bool goForward = !forward.empty() && pick(10) < 8;
            const std::string id = goForward ? forward[static_cast<size_t>(pick(static_cast<int>(forward.size())))]
                                             : widgets[static_cast<size_t>(pick(static_cast<int>(widgets.size())))].id;
            h.tap(id, false);
        } else if (kind < 760) {
            h.tapAt(coord(o.width), coord(o.height), false);
        } else if (kind < 830) {
            h.drag(coord(o.width), coord(o.height), coord(o.width), coord(o.height), 1 + pick(8), false);
        } else if (kind < 920) {
            const core::Key keys[] = {core::Key::Digit, core::Key::Enter, core::Key::Backspace, core::Key::Escape};
            h.key(keys[pick(4)], pick(10), false);
        } else if (kind < 960) {
            h.wheel(static_cast<float>(pick(7) - 3), false);
        } else if (kind < 995) {
            h.advance(int64_t{pick(5'000)});  // a pause to read
        } else {
            h.advance(int64_t{pick(60'000)});  // walked away: the countdown and the wipe
        }
        h.frame(false);  // the screen an action led to registers its widgets
        screens.insert(ui::screenName(h.kiosk()));
        const std::string broken = brokenInvariant(h);
        if (!broken.empty()) {
            std::printf("FAILED at step %ld (seed %llu): %s\nreplay: repere monkey --seed %llu --events %ld\n", step,
                        static_cast<unsigned long long>(o.seed), broken.c_str(), static_cast<unsigned long long>(o.seed), step);
            return 1;
        }
    }
    std::printf("events %ld\nsessions finished %d\nscreens seen %zu\n", o.events, h.kiosk().sessionsFinished, screens.size());
    for (const auto& s : screens) std::printf("  %s\n", s.c_str());
    return 0;
}

} // namespace platform
