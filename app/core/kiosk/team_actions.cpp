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
    k.team.quitAsked = false;
    k.team.message.clear();
    k.team.messageDetail.clear();
    if (tab == TeamTab::Dashboard) k.effects.push_back(effect::LoadReport{});
    if (tab == TeamTab::Export) k.effects.push_back(effect::FindExportTargets{});
    if (tab == TeamTab::Content) {
        k.update = {};
        k.effects.push_back(effect::FindPacks{});
    }
}

bool onContentTab(const Kiosk& k) { return k.screen == Screen::TeamPanel && k.team.tab == TeamTab::Content; }

// A message of the PIN pad that is about the PIN just typed: it goes once the next one is typed.
bool aboutLastPin(const std::string& message) {
    return message == "pin_too_short" || message == "pin_too_simple" || message == "pin_mismatch" || message == "pin_wrong";
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
            // What was wrong with the last PIN no longer applies to the one being typed;
            // on first use the pad says again what to do.
            if (aboutLastPin(k.team.message)) {
                k.team.message = k.team.pinState != PinState::NotSet ? "" : k.person.pinFirst.empty() ? "pin_choose" : "pin_confirm";
            }
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
    void operator()(const team::Quit&) { if (k.screen == Screen::TeamPanel) k.team.quitAsked = true; }
    void operator()(const team::ConfirmQuit&) {
        if (k.screen != Screen::TeamPanel || !k.team.quitAsked) return;
        k.team.quitAsked = false;
        k.effects.push_back(effect::Quit{});
    }
    void operator()(const team::CancelQuit&) { k.team.quitAsked = false; }
    void operator()(const team::LookForPacks&) {
        if (!onContentTab(k)) return;
        k.update.preview.reset();
        k.effects.push_back(effect::FindPacks{});
    }
    void operator()(const team::ChoosePack& c) {
        if (!onContentTab(k) || c.offer < 0 || c.offer >= static_cast<int>(k.update.offers.size())) return;
        const PackOffer& offer = k.update.offers[static_cast<size_t>(c.offer)];
        k.team.message.clear();
        // A refused pack is shown refused, without reading it again.
        if (!offer.problem.none()) { k.update.preview = PackPreview{offer, {}, {}, offer.problem}; return; }
        k.effects.push_back(effect::ShowPack{offer.path});
    }
    void operator()(const team::ApplyPack&) {
        if (!onContentTab(k) || !k.update.preview || !k.update.preview->canApply()) return;
        k.effects.push_back(effect::ApplyPack{k.update.preview->offer.path});
    }
    void operator()(const team::BackToPacks&) { if (onContentTab(k)) k.update.preview.reset(); }
    void operator()(const team::PreviousContent&) {
        if (onContentTab(k) && k.update.previousContent) k.effects.push_back(effect::RestorePreviousContent{});
    }
    void operator()(const team::ReportLoaded& r) { k.team.report = r.report; }
    void operator()(const team::ExportTargetsFound& f) {
        k.team.exportTargets = f.directories;
        k.team.exportKioskFolder = f.kioskFolder;
    }
    void operator()(const team::Exported& e) {
        k.team.message = exportDoneMessage(k.team, e.directory);
        k.team.messageDetail = e.file;
    }
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

void packsFound(Kiosk& k, const action::PacksFound& found) {
    k.update.searched = true;
    k.update.drives = found.drives;
    k.update.offers = found.offers;
    k.update.previousContent = found.previousContent;
    k.update.packsApplyHere = found.packsApplyHere;
    k.update.preview.reset();
}

void packShown(Kiosk& k, const PackPreview& preview) {
    if (k.screen != Screen::TeamPanel || k.team.tab != TeamTab::Content) return;  // the team left meanwhile
    k.update.preview = preview;
}

void contentUpdated(Kiosk& k, bool previousContent) {
    k.update.preview.reset();
    k.update.previousContent = previousContent;
    // What the sticks hold may have changed meanwhile (the stick pulled once the pack was shown).
    if (k.screen == Screen::TeamPanel && k.team.tab == TeamTab::Content) k.effects.push_back(effect::FindPacks{});
}

const char* exportDoneMessage(const TeamPanel& panel, const std::string& directory) {
    const bool stick = std::find(panel.exportTargets.begin(), panel.exportTargets.end(), directory) != panel.exportTargets.end();
    return stick && directory != panel.exportKioskFolder ? "export_done" : "export_done_local";
}

std::vector<std::string> regionsOf(const Content& c) {
    std::vector<std::string> regions{"national"};
    for (const auto& s : c.services) {
        if (!s.national() && std::find(regions.begin(), regions.end(), s.region) == regions.end()) regions.push_back(s.region);
    }
    return regions;
}

} // namespace core
