// Stored settings and this run's options, taken into the kiosk.
#include "core/kiosk/stored_settings.h"

#include <algorithm>

#include "core/team/event_label.h"

namespace core {
namespace {

void restoreSetting(Kiosk& k, const std::string& key, const std::string& value) {
    if (key == setting::kEvent) k.settings.eventLabel = isValidEventLabel(value) ? value : "";
    else if (key == setting::kStand) k.settings.standDescription = isValidLabel(value, kMaxStandDescriptionChars) ? value : "";
    else if (key == setting::kRegion && !value.empty()) k.settings.region = value;
    else if (key == setting::kDemo) k.settings.demo = value == "1";
    else if (key == setting::kPinHash) {
        // Only a usable hash unlocks the pad for typing; anything else waits for the
        // store's report (team::StoreStatus), which decides between "choose" and locked.
        if (isPinHash(value)) {
            k.team.pinHash = value;
            k.team.pinState = PinState::Set;
        }
    } else if (key == setting::kPinFailures) k.team.guard = PinGuard::restored(value);
    else if (key == setting::kIdleSeconds) {
        try { k.settings.idleSeconds = std::clamp(std::stoi(value), kMinIdleSeconds, kMaxIdleSeconds); } catch (const std::exception&) {}
    } else if (key == setting::kLanguage) {
        if (auto l = k.content->languageIndex(value)) {
            k.settings.startLanguage = *l;
            if (k.person.session.blank()) k.shownLanguage = *l;
        }
    }
}

} // namespace

const std::vector<const char*>& restoredKeys() {
    static const std::vector<const char*> keys{setting::kEvent,       setting::kRegion, setting::kLanguage,
                                               setting::kIdleSeconds, setting::kDemo,   setting::kPinHash,
                                               setting::kPinFailures, setting::kStand};
    return keys;
}

void restoreSettings(Kiosk& k, const std::vector<StoredSetting>& stored, const RunOptions& thisRun) {
    for (const StoredSetting& s : stored) restoreSetting(k, s.key, s.value);
    if (thisRun.demo) k.settings.demo = true;
    // Only what is on screen now: the next person still starts in the start language.
    const LanguageIndex languages = static_cast<LanguageIndex>(k.content->languages.size());
    if (thisRun.language && *thisRun.language >= 0 && *thisRun.language < languages) k.shownLanguage = *thisRun.language;
}

} // namespace core
