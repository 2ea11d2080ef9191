// One function per screen. Each reads the kiosk and records the person's intent in
// `out`; none changes the kiosk.
#pragma once
#include "ui/screen_frame.h"

namespace ui {

void drawWelcome(const core::Kiosk& k, UiContext& ui, Actions& out);
void drawIntro(const core::Kiosk& k, UiContext& ui, Actions& out);
void drawQuestion(const core::Kiosk& k, UiContext& ui, Actions& out);
void drawResults(const core::Kiosk& k, UiContext& ui, Actions& out);
void drawAdvice(const core::Kiosk& k, UiContext& ui, Actions& out);
void drawServices(const core::Kiosk& k, UiContext& ui, Actions& out);
void drawTakeAway(const core::Kiosk& k, UiContext& ui, Actions& out);
void drawEnd(const core::Kiosk& k, UiContext& ui, Actions& out);
void drawNeutral(const core::Kiosk& k, UiContext& ui, Actions& out);
void drawTeamPin(const core::Kiosk& k, UiContext& ui, Actions& out, int64_t nowMs);
void drawTeamPanel(const core::Kiosk& k, UiContext& ui, Actions& out);
// The team panel's content tab: which content runs, the packs on the stick, what one changes.
void drawTeamContentTab(const core::Kiosk& k, UiContext& ui, Actions& out);
void drawEmergency(const core::Kiosk& k, UiContext& ui, Actions& out);
void drawFriendGuide(const core::Kiosk& k, UiContext& ui, Actions& out);
// Over the current screen while Kiosk::languagePickerOpen.
void drawLanguagePicker(const core::Kiosk& k, UiContext& ui, Actions& out);

// Overlay over any screen while the idle countdown runs.
void drawIdleCountdown(const core::Kiosk& k, UiContext& ui, Actions& out, int secondsLeft);

// Parts shared by several screens.
void serviceCard(const core::Kiosk& k, UiContext& ui, const core::Service& s);
void crisisBanner(const core::Kiosk& k, UiContext& ui);
// "Go to the team at this stand", with the stand's own description when set.
void teamAtStand(const core::Kiosk& k, UiContext& ui);

} // namespace ui
