// The kiosk's screen state machine. Every transition a tap, a key or a timer can cause,
// and what each one queues for the statistics.
#include "core/kiosk.h"

#include "core/worker_actions.h"

namespace core {

Kiosk::Kiosk(const Content& c, KioskSettings s) : content(&c), settings(std::move(s)), session(c) {
    if (settings.region.empty()) settings.region = c.defaultRegion;
    session.setLanguage(startLanguage());
}

LanguageIndex Kiosk::startLanguage() const {
    const LanguageIndex l = settings.startLanguage.value_or(content->defaultLanguage);
    return l >= 0 && l < static_cast<int>(content->languages.size()) ? l : content->defaultLanguage;
}

bool Kiosk::holdsAnswers() const { return !session.blank() || result.has_value() || takeAway.has_value(); }

namespace {

// Sends what the ending session adds to the statistics, once. Demo mode records nothing.
void closeTally(Kiosk& k, bool finished) {
    if (k.tally.started && !k.settings.demo) {
        k.tally.finished = finished;
        k.tally.language = k.content->languages[static_cast<size_t>(k.language())].id;
        k.effects.push_back(effect::RecordSession{sessionMetrics(k.tally)});
    }
    k.tally = SessionTally{};
}

void forget(Kiosk& k) {
    const LanguageIndex language = k.session.language();
    k.session.wipe();
    k.session.setLanguage(language);
    k.result.reset();
    k.openDomain = -1;
    k.takeAwayHidden = false;
    k.takeAway.reset();
}

// Ends whatever the person was doing: counted as abandoned unless finished.
void endSession(Kiosk& k, Screen next) {
    closeTally(k, false);
    forget(k);
    k.session.setLanguage(k.startLanguage());
    k.usefulRating.reset();
    k.screen = next;
}

void toResults(Kiosk& k) {
    k.result = buildResult(*k.content, k.session.answers(), k.settings.region, k.localTime);
    tallyResult(k.tally, *k.content, *k.result);
    k.screen = Screen::Results;
}

void back(Kiosk& k) {
    switch (k.screen) {
    case Screen::Intro:
        // Welcome never times out: answers left behind there would wait for the next person.
        endSession(k, Screen::Welcome);
        break;
    case Screen::Question:
        if (!k.session.back()) k.screen = Screen::Intro;
        break;
    case Screen::Results:
        k.result.reset();
        if (k.session.back()) k.screen = Screen::Question;
        else k.screen = Screen::Intro;  // a sample profile: nothing to go back through
        break;
    case Screen::Advice:
    case Screen::Services: k.screen = Screen::Results; break;
    case Screen::TakeAway:
        k.screen = k.takeAwayReturn;
        k.takeAwayHidden = false;
        k.takeAway.reset();
        break;
    case Screen::End: k.screen = Screen::Welcome; break;
    case Screen::Welcome:
    case Screen::Neutral:
    case Screen::WorkerPin:
    case Screen::WorkerPanel: break;
    }
}

struct Apply {
    Kiosk& k;

    void operator()(const action::Start&) {
        if (k.screen != Screen::Welcome) return;
        k.tally = SessionTally{};
        k.tally.started = true;
        k.screen = Screen::Intro;
    }
    void operator()(const action::BeginQuestions&) {
        if (k.screen != Screen::Intro) return;
        k.screen = k.session.finished() ? Screen::Results : Screen::Question;
        if (k.screen == Screen::Results) toResults(k);
    }
    void operator()(const action::Answer& a) {
        if (k.screen != Screen::Question) return;
        k.session.answer(a.index);
        if (k.session.finished()) toResults(k);
    }
    void operator()(const action::Skip&) {
        if (k.screen != Screen::Question) return;
        k.session.skip();
        if (k.session.finished()) toResults(k);
    }
    void operator()(const action::Back&) { if (!k.inWorkerPanel()) back(k); }
    void operator()(const action::SetLanguage& a) {
        k.session.setLanguage(a.language);
        if (k.takeAway) k.takeAway = buildTakeAway(*k.content, *k.result, k.language());
    }
    void operator()(const action::ToggleTextSize&) {
        k.textSize = k.textSize == TextSize::Normal ? TextSize::Large : TextSize::Normal;
    }
    void operator()(const action::QuickExit&) {
        if (!k.inPersonFlow()) return;
        // The neutral screen stays in the person's language; the next session starts afresh.
        const LanguageIndex language = k.language();
        endSession(k, Screen::Neutral);
        k.session.setLanguage(language);
    }
    void operator()(const action::OpenDomain& a) {
        if (!k.result || a.domain < 0 || a.domain >= static_cast<int>(k.content->domains.size())) return;
        k.openDomain = a.domain;
        k.tally.domainsOpened.insert(k.content->domains[static_cast<size_t>(a.domain)].id);
        k.screen = Screen::Advice;
    }
    void operator()(const action::ShowResults&) { if (k.result) leaveFor(Screen::Results); }
    void operator()(const action::ShowServices&) {
        if (!k.result) return;
        k.tally.servicesViewed = true;
        retime(*k.content, *k.result, k.settings.region, k.localTime);  // "open now" as of this moment
        leaveFor(Screen::Services);
    }
    void leaveFor(Screen next) {
        k.takeAway.reset();  // the code exists only while its screen is open
        k.takeAwayHidden = false;
        k.screen = next;
    }
    void operator()(const action::ShowTakeAway&) {
        if (!k.result || k.screen == Screen::TakeAway) return;
        k.takeAwayReturn = k.screen;
        k.takeAwayHidden = false;
        retime(*k.content, *k.result, k.settings.region, k.localTime);
        k.takeAway = buildTakeAway(*k.content, *k.result, k.language());
        k.tally.takeAwayShown = true;
        k.screen = Screen::TakeAway;
    }
    void operator()(const action::SetTakeAwayHidden& a) { if (k.screen == Screen::TakeAway) k.takeAwayHidden = a.hidden; }
    void operator()(const action::Finish&) {
        if (!k.result) return;
        closeTally(k, true);
        forget(k);
        k.usefulRating.reset();
        ++k.sessionsFinished;
        k.screen = Screen::End;
    }
    void operator()(const action::RateUseful& a) {
        if (k.screen != Screen::End || k.usefulRating || a.rating < 0 || a.rating > 2) return;
        k.usefulRating = a.rating;
        if (!k.settings.demo) k.effects.push_back(effect::RecordSession{{usefulMetric(a.rating)}});
    }
    void operator()(const action::Restart&) {
        if (k.inWorkerPanel()) return;
        endSession(k, Screen::Welcome);
        k.textSize = TextSize::Normal;
    }
    void operator()(const action::StillHere&) {}
    void operator()(const action::IdleExpired&) {
        if (k.inWorkerPanel()) applyWorker(k, worker::Close{});
        else (*this)(action::Restart{});
    }
    void operator()(const action::ShowProfile& a) {
        if (a.profile < 0 || a.profile >= static_cast<int>(k.content->profiles.size())) return;
        k.session.applyProfile(k.content->profiles[static_cast<size_t>(a.profile)]);
        toResults(k);
    }
    void operator()(const action::Worker& a) { applyWorker(k, a.action); }
};

} // namespace

void apply(Kiosk& kiosk, const Action& action) { std::visit(Apply{kiosk}, action); }

} // namespace core
