// Start-up: the settings the statistics store kept from earlier runs, taken back into a
// new kiosk, then the command line's options for this run on top. Applied by the
// reducer for action::SettingsRestored; the platform only reads the store.
#pragma once
#include <vector>

#include "core/kiosk/kiosk.h"

namespace core {

// The keys a new kiosk reads back from the store.
const std::vector<const char*>& restoredKeys();

// Unknown keys and unreadable values are ignored (the default stays); an unreadable
// count of wrong PIN tries counts as the worst (see PinGuard::restored).
void restoreSettings(Kiosk& kiosk, const std::vector<StoredSetting>& stored, const RunOptions& thisRun);

} // namespace core
