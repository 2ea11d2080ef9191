// Ejecting a USB stick from the team panel: everything written to it is flushed, then
// the package's root helper is asked to unmount it (a file named after the stick in
// $REPERE_EJECT_DIR, which repere-usb-eject.path watches; packaging/usb/). The kiosk user
// cannot unmount by itself.
#pragma once
#include <string>

namespace io {

// Flushes `directory`'s file system and drops the request for `name`. False, with
// `error` set, when either fails or no eject directory is configured (not a kiosk).
bool requestEject(const std::string& directory, const std::string& name, std::string& error);

} // namespace io
