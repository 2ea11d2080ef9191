// Team panel transitions.
#include "core/kiosk/team_actions.h"

#include <algorithm>

#include "core/team/event_label.h"
#include "core/kiosk/kiosk_steps.h"
#include "core/team/removable_drive.h"

namespace core {
namespace {

void save(Kiosk& k, const char* key, std::string value) { k.effects.push_back(effect::SaveSetting{key, std::move(value)}); }

void openTab(Kiosk& k, TeamTab tab) {
    k.team.tab = tab;
    k.team.message.clear();
    k.team.messageDetail.clear();
    if (tab == TeamTab::Dashboard) k.effects.push_back(effect::LoadReport{});
    if (tab == TeamTab::Export) k.effects.push_back(effect::FindExportTargets{});
}

void submitPin(Kiosk& k, int64_t now) {
    TeamPanel& w = k.team;
    if (w.pinState == PinState::StoreUnavailable || w.pinState == PinState::LostPin) return;
    if (w.guard.waitMs(now) > 0) return;  // the view shows the wait; typing stays
    if (w.pinState == PinState::NotSet) {
        // First use: choose a PIN, then type it again.
        if (!isValidPin(k.person.pinTyped.view())) { w.message = "pin_too_short"; k.person.pinTyped.clear(); return; }
        if (isGuessablePin(k.person.pinTyped.view())) { w.message = "pin_too_simple"; k.person.pinTyped.clear(); return; }
        if (k.person.pinFirst.empty()) { k.person.pinFirst.copyFrom(k.person.pinTyped); k.person.pinTyped.clear(); w.message = "pin_confirm"; return; }
        if (k.person.pinFirst != k.person.pinTyped) { k.person.pinFirst.clear(); k.person.pinTyped.clear(); w.message = "pin_mismatch"; return; }
        auto hash = hashPin(k.person.pinTyped.view());
        k.person.pinTyped.clear();
        k.person.pinFirst.clear();
        if (!hash) { w.message = "pin_not_saved"; return; }
        w.pinHash = *hash;
        w.pinState = PinState::Set;
        save(k, setting::kPinHash, *hash);
    } else {
        const bool right = verifyPin(w.pinHash, k.person.pinTyped.view());
        k.person.pinTyped.clear();
        if (!right) {
            w.guard.failed(now);
            w.message = "pin_wrong";
            save(k, setting::kPinFailures, w.guard.stored());
            return;
        }
        if (w.guard.failures > 0) save(k, setting::kPinFailures, "0");
        w.guard.succeeded();
    }
    w.message.clear();
    k.screen = Screen::TeamPanel;
    openTab(k, TeamTab::Dashboard);
}

// The line the keyboard types into: the event label or the stand description.
struct TypedField {
    std::string& text;
    const char* key;
    size_t maxChars;
};
TypedField typedField(Kiosk& k) {
    if (k.team.typing == TypedLine::Stand) return {k.settings.standDescription, setting::kStand, kMaxStandDescriptionChars};
    return {k.settings.eventLabel, setting::kEvent, kMaxEventLabelChars};
}

struct ApplyTeam {
    Kiosk& k;

    void operator()(const team::Open&) {
        if (k.inTeamPanel()) return;
        // Whatever a person was doing is ended (and counted as abandoned) before the panel
        // opens; the panel stays in the language on screen.
        const LanguageIndex language = k.language();
        restartPerson(k);
        k.shownLanguage = language;
        k.person.pinTyped.clear();
        k.person.pinFirst.clear();
        k.team.message = k.team.pinState == PinState::StoreUnavailable ? "pin_store_unavailable"
                           : k.team.pinState == PinState::LostPin      ? k.team.pinPast
                           : k.team.pinState == PinState::NotSet       ? "pin_choose"
                                                                         : "";
        k.screen = Screen::TeamPin;
    }
    void operator()(const team::Digit& d) {
        if (k.screen == Screen::TeamPin && pinPadOpen(k.team) && d.digit >= 0 && d.digit <= 9 && k.person.pinTyped.size() < static_cast<size_t>(kMaxPinDigits)) {
            k.person.pinTyped.push(static_cast<char>('0' + d.digit));
        }
    }
    void operator()(const team::Erase&) { if (!k.person.pinTyped.empty()) k.person.pinTyped.pop(); }
    void operator()(const team::Submit& s) { if (k.screen == Screen::TeamPin) submitPin(k, s.nowMs); }
    void operator()(const team::Close&) { if (k.inTeamPanel()) leavePanel(k); }
    void operator()(const team::ShowTab& t) { if (k.screen == Screen::TeamPanel) openTab(k, t.tab); }
    void operator()(const team::TypeLabel& t) {
        if (k.screen != Screen::TeamPanel || k.team.tab != TeamTab::Settings) return;
        // On-screen keys and a physical keyboard alike: one allowed character at a time.
        TypedField field = typedField(k);
        const std::string before = field.text;
        for (const std::string& c : utf8Characters(t.text)) {
            if (canTypeInLabel(field.text, c, field.maxChars)) field.text += c;
        }
        if (field.text != before) save(k, field.key, labelToKeep(field.text, field.maxChars));
    }
    void operator()(const team::ChooseTypedLine& c) { if (k.screen == Screen::TeamPanel) k.team.typing = c.line; }
    void operator()(const team::EraseLabel&) {
        if (k.screen != Screen::TeamPanel) return;
        TypedField field = typedField(k);
        if (field.text.empty()) return;
        field.text = withoutLastCharacter(field.text);
        save(k, field.key, labelToKeep(field.text, field.maxChars));
    }
    void operator()(const team::SwitchLabelCase&) {
        if (k.screen == Screen::TeamPanel) k.team.labelSmallLetters = !k.team.labelSmallLetters;
    }
    void operator()(const team::ToggleDemo&) {
        if (k.screen != Screen::TeamPanel) return;
        k.settings.demo = !k.settings.demo;
        save(k, setting::kDemo, k.settings.demo ? "1" : "0");
    }
    void operator()(const team::NextRegion&) {
        if (k.screen != Screen::TeamPanel) return;
        const auto regions = regionsOf(*k.content);
        auto it = std::find(regions.begin(), regions.end(), k.settings.region);
        k.settings.region = (it == regions.end() || it + 1 == regions.end()) ? regions.front() : *(it + 1);
        save(k, setting::kRegion, k.settings.region);
    }
    void operator()(const team::NextDefaultLanguage&) {
        if (k.screen != Screen::TeamPanel) return;
        const int count = static_cast<int>(k.content->languages.size());
        k.settings.startLanguage = (k.startLanguage() + 1) % count;
        k.shownLanguage = *k.settings.startLanguage;
        save(k, setting::kLanguage, k.content->languages[static_cast<size_t>(*k.settings.startLanguage)].id);
    }
    void operator()(const team::ChangeIdle& c) {
        if (k.screen != Screen::TeamPanel) return;
        const int step = c.direction < 0 ? -kIdleStepSeconds : c.direction > 0 ? kIdleStepSeconds : 0;
        k.settings.idleSeconds = std::clamp(k.settings.idleSeconds + step, kMinIdleSeconds, kMaxIdleSeconds);
        save(k, setting::kIdleSeconds, std::to_string(k.settings.idleSeconds));
    }
    void operator()(const team::Export& e) { if (k.screen == Screen::TeamPanel) k.effects.push_back(effect::ExportCsv{e.directory}); }
    void operator()(const team::Eject& e) {
        if (k.screen != Screen::TeamPanel) return;
        if (auto name = ejectableDrive(e.directory)) k.effects.push_back(effect::EjectDrive{e.directory, *name});
    }
    void operator()(const team::ReloadContent&) { if (k.screen == Screen::TeamPanel) k.effects.push_back(effect::ReloadContent{}); }
    void operator()(const team::DemoProfile& d) {
        if (k.screen != Screen::TeamPanel || !k.settings.demo) return;
        if (d.profile < 0 || d.profile >= static_cast<int>(k.content->profiles.size())) return;
        const LanguageIndex language = k.language();
        leavePanel(k);
        k.shownLanguage = language;  // shown to someone in the language the team chose
        showProfile(k, d.profile);
    }
    void operator()(const team::Quit&) { if (k.screen == Screen::TeamPanel) k.effects.push_back(effect::Quit{}); }
    void operator()(const team::ReportLoaded& r) { k.team.report = r.report; }
    void operator()(const team::ExportTargetsFound& f) { k.team.exportTargets = f.directories; }
    void operator()(const team::Message& m) {
        k.team.message = m.id;
        k.team.messageDetail = m.detail;
    }
    void operator()(const team::ContentStatus& s) {
        k.team.contentStatus = s.id;
        k.team.contentStatusDetail = s.detail;
    }
    void operator()(const team::StoreStatus& s) {
        TeamPanel& w = k.team;
        w.storeStatus = s.id;
        w.storeStatusDetail = s.detail;
        if (s.healthy) w.pinHash = isPinHash(s.pinHash) ? s.pinHash : "";
        w.pinPast = isPinHash(s.pinHash) ? "" : !s.pinHash.empty() ? "pin_past_damaged" : s.pinPast;
        const PinState before = w.pinState;
        w.pinState = !s.healthy ? PinState::StoreUnavailable
                   : !w.pinHash.empty() ? PinState::Set
                   : !w.pinPast.empty() ? PinState::LostPin
                                        : PinState::NotSet;
        if (k.screen != Screen::TeamPin || w.pinState == before) return;
        // The pad changes under the hand: what was half typed is dropped, the message follows.
        k.person.pinTyped.clear();
        k.person.pinFirst.clear();
        w.message = w.pinState == PinState::StoreUnavailable ? "pin_store_unavailable"
                  : w.pinState == PinState::LostPin          ? w.pinPast
                  : w.pinState == PinState::NotSet           ? "pin_choose"
                                                             : "";
    }
};

} // namespace

void applyTeam(Kiosk& k, const TeamAction& a) { std::visit(ApplyTeam{k}, a); }

std::vector<std::string> regionsOf(const Content& c) {
    std::vector<std::string> regions{"national"};
    for (const auto& s : c.services) {
        if (!s.national() && std::find(regions.begin(), regions.end(), s.region) == regions.end()) regions.push_back(s.region);
    }
    return regions;
}

} // namespace core
