// Steps that more than one action takes: ending a person's session, restarting, showing
// a sample profile's results, leaving the team panel. Plain functions shared by the
// kiosk's reducer (kiosk.cpp) and the panel's (team_actions.cpp), so that neither
// calls apply() on itself: every step an action takes is read where that action is.
#pragma once
#include "core/kiosk/kiosk.h"

namespace core {

// Sends what the ending session adds to the statistics, once (demo mode records nothing).
void closeTally(Kiosk& kiosk, bool finished);

// Ends whatever the person was doing (counted as abandoned) and forgets them; the next
// person starts in the start language on `next`.
void endSession(Kiosk& kiosk, Screen next);

// Back to the welcome screen for the next person: the session ended and forgotten, the
// text size back to normal.
void restartPerson(Kiosk& kiosk);

// The results for the current answers, with "open now" as of the kiosk's clock.
void toResults(Kiosk& kiosk);

// The results of sample profile `profile` (demo mode, screenshots); nothing when there is
// no such profile.
void showProfile(Kiosk& kiosk, int profile);

// Closes the team panel: typed PIN digits, feedback and the report forgotten; the welcome
// screen in the start language.
void leavePanel(Kiosk& kiosk);

} // namespace core
