// How team-panel actions change the kiosk: opening behind the PIN, settings, export,
// reload and demo requests (queued as effects), closing.
#pragma once
#include "core/kiosk/kiosk.h"

namespace core {

void applyTeam(Kiosk& kiosk, const TeamAction& action);

// The content tab's reports from the platform: packs found on the sticks, the one shown
// with what it changes, a content applied or restored (which clears the pack shown).
void packsFound(Kiosk& kiosk, const action::PacksFound& found);
void packShown(Kiosk& kiosk, const PackPreview& preview);
void contentUpdated(Kiosk& kiosk, bool previousContent);

// The interface string said after an export to `directory`: on a stick, or on the kiosk
// itself (no stick), which must never read as "written to the stick".
const char* exportDoneMessage(const TeamPanel& panel, const std::string& directory);

// Regions offered in the settings: "national" only, then each region local services name.
std::vector<std::string> regionsOf(const Content& content);

} // namespace core
