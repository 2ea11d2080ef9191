// The kiosk's screen state machine. Every transition a tap, a key or a timer can cause,
// and what each one queues for the statistics.
#include "core/kiosk/kiosk.h"

#include "core/kiosk/help_now.h"
#include "core/kiosk/kiosk_steps.h"
#include "core/kiosk/stored_settings.h"
#include "core/kiosk/take_away_choices.h"
#include "core/kiosk/team_actions.h"

namespace core {

Kiosk::Kiosk(const Content& c, KioskSettings s) : content(&c), settings(std::move(s)), person(c) {
    if (settings.region.empty()) settings.region = c.defaultRegion;
    shownLanguage = startLanguage();
}

LanguageIndex Kiosk::startLanguage() const {
    const LanguageIndex l = settings.startLanguage.value_or(content->defaultLanguage);
    return l >= 0 && l < static_cast<int>(content->languages.size()) ? l : content->defaultLanguage;
}

namespace {

void back(Kiosk& k) {
    switch (k.screen) {
    case Screen::Intro:
        // Welcome never times out: answers left behind there would wait for the next person.
        endSession(k, Screen::Welcome);
        break;
    case Screen::Question:
        if (!k.person.session.back()) k.screen = Screen::Intro;
        break;
    case Screen::Results:
        k.person.result.reset();
        if (k.person.session.back()) k.screen = Screen::Question;
        else k.screen = Screen::Intro;  // a sample profile: nothing to go back through
        break;
    case Screen::Advice:
    case Screen::Services: k.screen = Screen::Results; break;
    case Screen::TakeAway:
        k.screen = k.takeAwayReturn;
        k.person.takeAwayHidden = false;
        k.person.takeAwayEnlarged = false;
        k.person.takeAway.reset();  // its buffers are overwritten as they are freed
        break;
    // The person has left: Back from the end screen is a new start, their language and
    // text size forgotten like any restart.
    case Screen::End: restartPerson(k); break;
    case Screen::Emergency: emergencyBack(k); break;
    case Screen::FriendGuide: closeFriendGuide(k); break;
    case Screen::Welcome:
    case Screen::Neutral:
    case Screen::TeamPin:
    case Screen::TeamPanel: break;
    }
}

// The team panel's reload: everything about a person refers to the content, so the
// person is forgotten (the panel is open, so normally nobody is there). The start language
// is kept by its id, as the new content may list languages in another order.
void reloaded(Kiosk& k, const Content& fresh) {
    std::optional<std::string> start;
    if (k.settings.startLanguage) start = k.content->languages[static_cast<size_t>(k.startLanguage())].id;
    closeTally(k, false);
    k.content = &fresh;
    wipe(k.person, fresh);
    k.settings.startLanguage = start ? fresh.languageIndex(*start) : std::nullopt;
    k.shownLanguage = k.startLanguage();
    if (!k.inTeamPanel()) k.screen = Screen::Welcome;
    k.team.message = "content_ok";
    k.team.messageDetail = std::to_string(fresh.questions.size());
}

struct Apply {
    Kiosk& k;

    void operator()(const action::Start&) {
        if (k.screen != Screen::Welcome) return;
        wipe(k.person);
        k.person.tally.started = true;
        k.screen = Screen::Intro;
    }
    void operator()(const action::BeginQuestions&) {
        if (k.screen != Screen::Intro) return;
        k.screen = k.person.session.finished() ? Screen::Results : Screen::Question;
        if (k.screen == Screen::Results) toResults(k);
    }
    void operator()(const action::Answer& a) {
        if (k.screen != Screen::Question) return;
        const int question = k.person.session.currentQuestion();
        k.person.session.answer(a.index);
        if (openEmergency(k, {question, a.index})) return;  // a "right now" answer stops here
        if (k.person.session.finished()) toResults(k);
    }
    void operator()(const action::Continue&) {
        if (k.screen == Screen::Emergency) { emergencyGoOn(k); return; }
        if (k.screen != Screen::Question || !k.person.session.goOn()) return;
        if (k.person.session.finished()) toResults(k);
    }
    void operator()(const action::Skip&) {
        if (k.screen != Screen::Question) return;
        k.person.session.skip();
        if (k.person.session.finished()) toResults(k);
    }
    void operator()(const action::Back&) { if (!k.inTeamPanel()) back(k); }
    void operator()(const action::SetLanguage& a) {
        if (a.language < 0 || a.language >= static_cast<int>(k.content->languages.size())) return;
        k.shownLanguage = a.language;
        k.languagePickerOpen = false;
        if (k.person.takeAway) rebuildTakeAway(k);
    }
    void operator()(const action::ToggleTextSize&) {
        k.textSize = k.textSize == TextSize::Normal ? TextSize::Large : TextSize::Normal;
    }
    void operator()(const action::QuickExit&) {
        // The neutral screen is already the way out (screen_actions.cpp offers none there).
        if (!k.inPersonFlow() || k.screen == Screen::Neutral) return;
        // The neutral screen stays in the person's language; the next session starts afresh.
        const LanguageIndex language = k.language();
        endSession(k, Screen::Neutral);
        k.shownLanguage = language;
    }
    void operator()(const action::OpenDomain& a) {
        if (!k.person.result || a.domain < 0 || a.domain >= static_cast<int>(k.content->domains.size())) return;
        k.person.openDomain = a.domain;
        k.person.tally.domainsOpened.insert(k.content->domains[static_cast<size_t>(a.domain)].id);
        k.screen = Screen::Advice;
    }
    void operator()(const action::ShowResults&) { if (k.person.result) leaveFor(Screen::Results); }
    void operator()(const action::ShowServices&) {
        if (!k.person.result) return;
        k.person.tally.servicesViewed = true;
        retime(*k.content, *k.person.result, k.settings.region, k.localTime);  // "open now" as of this moment
        leaveFor(Screen::Services);
    }
    void leaveFor(Screen next) {
        k.person.takeAway.reset();  // the code exists only while its screen is open
        k.person.takeAwayHidden = false;
        k.person.takeAwayEnlarged = false;
        k.screen = next;
    }
    void operator()(const action::ShowTakeAway&) {
        if (!k.person.result || k.screen == Screen::TakeAway) return;
        k.takeAwayReturn = k.screen;
        k.person.takeAwayHidden = false;
        retime(*k.content, *k.person.result, k.settings.region, k.localTime);
        rebuildTakeAway(k);
        k.person.tally.takeAwayShown = true;
        k.screen = Screen::TakeAway;
    }
    void operator()(const action::SetTakeAwayHidden& a) { if (k.screen == Screen::TakeAway) k.person.takeAwayHidden = a.hidden; }
    void operator()(const action::ToggleTakeAwayLine& a) { if (k.screen == Screen::TakeAway) toggleTakeAwayLine(k, a.line); }
    void operator()(const action::SetTakeAwayNumbersOnly& a) {
        if (k.screen != Screen::TakeAway) return;
        k.person.takeAwayChoices.numbersOnly = a.on;
        rebuildTakeAway(k);
    }
    void operator()(const action::SetTakeAwayEnlarged& a) { if (k.screen == Screen::TakeAway) k.person.takeAwayEnlarged = a.on; }
    void operator()(const action::Finish&) {
        if (!k.person.result) return;
        closeTally(k, true);
        wipe(k.person);
        ++k.sessionsFinished;
        k.screen = Screen::End;
    }
    void operator()(const action::RateUseful& a) {
        if (k.screen != Screen::End || k.person.usefulRating || !usefulAnswer(a.rating)) return;
        k.person.usefulRating = a.rating;
        if (!k.settings.demo) k.effects.push_back(effect::RecordLate{usefulMetric(a.rating)});
    }
    void operator()(const action::Restart&) { if (!k.inTeamPanel()) restartPerson(k); }
    void operator()(const action::StillHere&) {}
    void operator()(const action::IdleExpired&) {
        if (k.inTeamPanel()) leavePanel(k);
        else restartPerson(k);
    }
    void operator()(const action::ShowProfile& a) { showProfile(k, a.profile); }
    void operator()(const action::Team& a) { applyTeam(k, a.action); }
    void operator()(const action::OpenLanguagePicker&) { if (!k.inTeamPanel()) k.languagePickerOpen = true; }
    void operator()(const action::CloseLanguagePicker&) { k.languagePickerOpen = false; }
    void operator()(const action::OpenFriendGuide&) { openFriendGuide(k); }
    void operator()(const action::EndSession&) { if (k.screen == Screen::Emergency) restartPerson(k); }
    void operator()(const action::SettingsRestored& a) { restoreSettings(k, a.stored, a.thisRun); }
    void operator()(const action::ContentReloaded& a) { if (a.content) reloaded(k, *a.content); }
    void operator()(const action::ClockRead& a) { k.localTime = a.at; }
    void operator()(const action::PacksFound& a) { packsFound(k, a); }
    void operator()(const action::PackShown& a) { packShown(k, a.preview); }
    void operator()(const action::ContentUpdated& a) { contentUpdated(k, a.previousContent); }
};

} // namespace

void apply(Kiosk& kiosk, const Action& action) {
    const Screen before = kiosk.screen;
    std::visit(Apply{kiosk}, action);
    if (kiosk.screen != before || std::holds_alternative<action::IdleExpired>(action) ||
        std::holds_alternative<action::QuickExit>(action)) {
        kiosk.languagePickerOpen = false;
    }
}

} // namespace core
