// The steps several actions share.
#include "core/kiosk/kiosk_steps.h"

#include "core/stats/stats_metrics.h"

namespace core {

// The tally is wiped with the rest of the person right after. Only a session that
// reached its results is recorded: one left earlier (a quick exit on the first screen, a
// walk-away) writes nothing at all, so throwaway sessions cannot fill a batch around one
// person (README, Privacy).
void closeTally(Kiosk& k, bool finished) {
    if (k.person.tally.started && k.person.tally.resultShown && !k.settings.demo) {
        k.person.tally.finished = finished;
        k.person.tally.language = k.content->languages[static_cast<size_t>(k.language())].id;
        k.effects.push_back(effect::RecordSession{sessionMetrics(k.person.tally)});
    }
    k.person.tally.started = false;
}

void endSession(Kiosk& k, Screen next) {
    // Leaving the end screen without a "was this useful?" tap is recorded too (as
    // useful.none), so that a tap can be blurred among all four (stats_blur.h).
    if (k.screen == Screen::End && !k.person.usefulRating && !k.settings.demo) {
        k.effects.push_back(effect::RecordLate{metricName(Metric::UsefulNone)});
    }
    closeTally(k, false);
    wipe(k.person);
    k.shownLanguage = k.startLanguage();
    k.screen = next;
}

void restartPerson(Kiosk& k) {
    endSession(k, Screen::Welcome);
    k.textSize = TextSize::Normal;
}

void toResults(Kiosk& k) {
    // Whatever led here (the last question, an emergency screen, a sample profile), the
    // results are a screen of their own: no emergency or friend guide state outlives them.
    k.person.emergency.reset();
    k.person.friendGuideFrom.reset();
    k.person.result = buildResult(*k.content, k.person.session.answers(), k.settings.region, k.localTime);
    tallyResult(k.person.tally, *k.content, *k.person.result);
    k.screen = Screen::Results;
}

void showProfile(Kiosk& k, int profile) {
    if (profile < 0 || profile >= static_cast<int>(k.content->profiles.size())) return;
    k.person.session.applyProfile(k.content->profiles[static_cast<size_t>(profile)]);
    k.person.takeAwayChoices = {};  // another sample person: none of the last one's choices
    toResults(k);
}

void leavePanel(Kiosk& k) {
    k.person.pinTyped.clear();
    k.person.pinFirst.clear();
    k.team.message.clear();
    k.team.report = {};
    k.team.quitAsked = false;
    k.update = {};
    k.shownLanguage = k.startLanguage();  // the next person starts afresh
    k.screen = Screen::Welcome;
}

} // namespace core
