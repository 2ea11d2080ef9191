// Worker panel transitions.
#include "core/kiosk/worker_actions.h"

#include <algorithm>

#include "core/team/event_label.h"
#include "core/kiosk/kiosk_steps.h"
#include "core/team/removable_drive.h"

namespace core {
namespace {

void save(Kiosk& k, const char* key, std::string value) { k.effects.push_back(effect::SaveSetting{key, std::move(value)}); }

void openTab(Kiosk& k, WorkerTab tab) {
    k.worker.tab = tab;
    k.worker.message.clear();
    k.worker.messageDetail.clear();
    if (tab == WorkerTab::Dashboard) k.effects.push_back(effect::LoadReport{});
    if (tab == WorkerTab::Export) k.effects.push_back(effect::FindExportTargets{});
}

void submitPin(Kiosk& k, int64_t now) {
    WorkerPanel& w = k.worker;
    if (w.pinState == PinState::StoreUnavailable) return;
    if (w.guard.waitMs(now) > 0) return;  // the view shows the wait; typing stays
    if (w.pinState == PinState::NotSet) {
        // First use: choose a PIN, then type it again.
        if (!isValidPin(k.person.pinTyped)) { w.message = "pin_too_short"; k.person.pinTyped.clear(); return; }
        if (isGuessablePin(k.person.pinTyped)) { w.message = "pin_too_simple"; k.person.pinTyped.clear(); return; }
        if (k.person.pinFirst.empty()) { k.person.pinFirst = k.person.pinTyped; k.person.pinTyped.clear(); w.message = "pin_confirm"; return; }
        if (k.person.pinFirst != k.person.pinTyped) { k.person.pinFirst.clear(); k.person.pinTyped.clear(); w.message = "pin_mismatch"; return; }
        auto hash = hashPin(k.person.pinTyped);
        k.person.pinTyped.clear();
        k.person.pinFirst.clear();
        if (!hash) { w.message = "pin_not_saved"; return; }
        w.pinHash = *hash;
        w.pinState = PinState::Set;
        save(k, setting::kPinHash, *hash);
    } else {
        const bool right = verifyPin(w.pinHash, k.person.pinTyped);
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
    k.screen = Screen::WorkerPanel;
    openTab(k, WorkerTab::Dashboard);
}

struct ApplyWorker {
    Kiosk& k;

    void operator()(const worker::Open&) {
        if (k.inWorkerPanel()) return;
        // Whatever a person was doing is ended (and counted as abandoned) before the panel
        // opens; the panel stays in the language on screen.
        const LanguageIndex language = k.language();
        restartPerson(k);
        k.shownLanguage = language;
        k.person.pinTyped.clear();
        k.person.pinFirst.clear();
        k.worker.message = k.worker.pinState == PinState::StoreUnavailable ? "pin_store_unavailable"
                           : k.worker.pinState == PinState::NotSet       ? "pin_choose"
                                                                         : "";
        k.screen = Screen::WorkerPin;
    }
    void operator()(const worker::Digit& d) {
        if (k.screen == Screen::WorkerPin && k.worker.pinState != PinState::StoreUnavailable && d.digit >= 0 && d.digit <= 9 && k.person.pinTyped.size() < static_cast<size_t>(kMaxPinDigits)) {
            k.person.pinTyped += static_cast<char>('0' + d.digit);
        }
    }
    void operator()(const worker::Erase&) { if (!k.person.pinTyped.empty()) k.person.pinTyped.pop_back(); }
    void operator()(const worker::Submit& s) { if (k.screen == Screen::WorkerPin) submitPin(k, s.nowMs); }
    void operator()(const worker::Close&) { if (k.inWorkerPanel()) leavePanel(k); }
    void operator()(const worker::ShowTab& t) { if (k.screen == Screen::WorkerPanel) openTab(k, t.tab); }
    void operator()(const worker::TypeLabel& t) {
        if (k.screen != Screen::WorkerPanel || k.worker.tab != WorkerTab::Settings) return;
        // On-screen keys and a physical keyboard alike: one allowed character at a time.
        const std::string before = k.settings.eventLabel;
        for (const std::string& c : utf8Characters(t.text)) {
            if (canTypeInEventLabel(k.settings.eventLabel, c)) k.settings.eventLabel += c;
        }
        if (k.settings.eventLabel != before) save(k, setting::kEvent, eventLabelToKeep(k.settings.eventLabel));
    }
    void operator()(const worker::EraseLabel&) {
        if (k.screen != Screen::WorkerPanel || k.settings.eventLabel.empty()) return;
        k.settings.eventLabel = withoutLastCharacter(k.settings.eventLabel);
        save(k, setting::kEvent, eventLabelToKeep(k.settings.eventLabel));
    }
    void operator()(const worker::SwitchLabelCase&) {
        if (k.screen == Screen::WorkerPanel) k.worker.labelSmallLetters = !k.worker.labelSmallLetters;
    }
    void operator()(const worker::ToggleDemo&) {
        if (k.screen != Screen::WorkerPanel) return;
        k.settings.demo = !k.settings.demo;
        save(k, setting::kDemo, k.settings.demo ? "1" : "0");
    }
    void operator()(const worker::NextRegion&) {
        if (k.screen != Screen::WorkerPanel) return;
        const auto regions = regionsOf(*k.content);
        auto it = std::find(regions.begin(), regions.end(), k.settings.region);
        k.settings.region = (it == regions.end() || it + 1 == regions.end()) ? regions.front() : *(it + 1);
        save(k, setting::kRegion, k.settings.region);
    }
    void operator()(const worker::NextDefaultLanguage&) {
        if (k.screen != Screen::WorkerPanel) return;
        const int count = static_cast<int>(k.content->languages.size());
        k.settings.startLanguage = (k.startLanguage() + 1) % count;
        k.shownLanguage = *k.settings.startLanguage;
        save(k, setting::kLanguage, k.content->languages[static_cast<size_t>(*k.settings.startLanguage)].id);
    }
    void operator()(const worker::ChangeIdle& c) {
        if (k.screen != Screen::WorkerPanel) return;
        k.settings.idleSeconds = std::clamp(k.settings.idleSeconds + c.deltaSeconds, kMinIdleSeconds, kMaxIdleSeconds);
        save(k, setting::kIdleSeconds, std::to_string(k.settings.idleSeconds));
    }
    void operator()(const worker::Export& e) { if (k.screen == Screen::WorkerPanel) k.effects.push_back(effect::ExportCsv{e.directory}); }
    void operator()(const worker::Eject& e) {
        if (k.screen != Screen::WorkerPanel) return;
        if (auto name = ejectableDrive(e.directory)) k.effects.push_back(effect::EjectDrive{e.directory, *name});
    }
    void operator()(const worker::ReloadContent&) { if (k.screen == Screen::WorkerPanel) k.effects.push_back(effect::ReloadContent{}); }
    void operator()(const worker::DemoProfile& d) {
        if (k.screen != Screen::WorkerPanel || !k.settings.demo) return;
        if (d.profile < 0 || d.profile >= static_cast<int>(k.content->profiles.size())) return;
        const LanguageIndex language = k.language();
        leavePanel(k);
        k.shownLanguage = language;  // shown to someone in the language the worker chose
        showProfile(k, d.profile);
    }
    void operator()(const worker::Quit&) { if (k.screen == Screen::WorkerPanel) k.effects.push_back(effect::Quit{}); }
    void operator()(const worker::ReportLoaded& r) { k.worker.report = r.report; }
    void operator()(const worker::ExportTargetsFound& f) { k.worker.exportTargets = f.directories; }
    void operator()(const worker::Message& m) {
        k.worker.message = m.id;
        k.worker.messageDetail = m.detail;
    }
    void operator()(const worker::ContentStatus& s) {
        k.worker.contentStatus = s.id;
        k.worker.contentStatusDetail = s.detail;
    }
    void operator()(const worker::StoreStatus& s) {
        k.worker.storeStatus = s.text;
        k.worker.pinHash = s.healthy ? s.pinHash : k.worker.pinHash;
        k.worker.pinState = !s.healthy ? PinState::StoreUnavailable : s.pinHash.empty() ? PinState::NotSet : PinState::Set;
        if (k.screen == Screen::WorkerPin && !s.healthy) k.worker.message = "pin_store_unavailable";
    }
};

} // namespace

void applyWorker(Kiosk& k, const WorkerAction& a) { std::visit(ApplyWorker{k}, a); }

std::vector<std::string> regionsOf(const Content& c) {
    std::vector<std::string> regions{"national"};
    for (const auto& s : c.services) {
        if (!s.national() && std::find(regions.begin(), regions.end(), s.region) == regions.end()) regions.push_back(s.region);
    }
    return regions;
}

} // namespace core
