// How team-panel actions change the kiosk: opening behind the PIN, settings, export,
// reload and demo requests (queued as effects), closing.
#pragma once
#include "core/kiosk/kiosk.h"

namespace core {

void applyTeam(Kiosk& kiosk, const TeamAction& action);

// Regions offered in the settings: "national" only, then each region local services name.
std::vector<std::string> regionsOf(const Content& content);

} // namespace core
