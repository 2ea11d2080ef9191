// Effect execution.
#include "io/machine/local_clock.h"
#include "io/effects.h"

#include <sodium.h>

#include <filesystem>
#include <iostream>

#include "io/content/content_file.h"
#include "core/team/export_failure.h"
#include "core/stats/stats_blur.h"
#include "core/stats/stats_report.h"
#include "core/kiosk/stored_settings.h"
#include "core/model/overload.h"
#include "io/exports/drive_eject.h"
#include "io/exports/export_file.h"

namespace io {

using namespace core;  // io works on the core's types
namespace fs = std::filesystem;
namespace {

core::Action message(std::string id, std::string detail = {}) {
    return core::action::Team{core::team::Message{std::move(id), std::move(detail)}};
}

} // namespace

EffectRunner::EffectRunner(io::StatsStore* store, std::string contentDir, std::unique_ptr<core::Content> content,
                           std::string dataDir)
    : store_(store), contentDir_(std::move(contentDir)), content_(std::move(content)), dataDir_(std::move(dataDir)),
      random_([](uint32_t n) {
          static const int ready = sodium_init();  // idempotent; -1 only when the system has no randomness at all
          (void)ready;
          return randombytes_uniform(n);
      }) {}

// The panel's words for what the store reports; the English detail goes to the log.
static const char* storeTroubleMessage(StoreTrouble trouble) {
    switch (trouble) {
    case StoreTrouble::None: return "";
    case StoreTrouble::Full: return "store_full";
    case StoreTrouble::NoAccess: return "store_no_access";
    case StoreTrouble::DiskError: return "store_disk_error";
    case StoreTrouble::Busy: return "store_busy";
    case StoreTrouble::Newer: return "store_newer";
    case StoreTrouble::Damaged: return "store_damaged";
    case StoreTrouble::Other: return "store_other";
    }
    return "store_other";
}

void EffectRunner::storeStatus(core::Kiosk& kiosk) const {
    if (!store_) return;  // nothing recorded in this run: the panel works without a store
    core::team::StoreStatus status;
    if (store_->trouble() != StoreTrouble::None) status.id = storeTroubleMessage(store_->trouble());
    else if (!store_->movedTo().empty()) { status.id = "store_moved_aside"; status.detail = store_->movedTo(); }
    const std::string& english = !store_->problem().empty() ? store_->problem() : store_->notice();
    if (english != logged_) {
        if (!english.empty()) std::cerr << "repere: " << english << '\n';
        logged_ = english;
    }
    status.healthy = store_->available();
    if (status.healthy) status.pinHash = store_->setting(core::setting::kPinHash).value_or("");
    // Only without a usable PIN does it matter whether the directory is new.
    if (status.healthy && !core::isPinHash(status.pinHash)) status.pinPast = core::pinPast(store_->traces());
    core::apply(kiosk, core::action::Team{status});
}

void EffectRunner::restore(core::Kiosk& kiosk, const core::RunOptions& thisRun) const {
    core::apply(kiosk, core::action::Team{contentStatus_});
    core::action::SettingsRestored restored{{}, thisRun};
    for (const char* key : core::restoredKeys()) {
        if (auto value = store_ ? store_->setting(key) : std::nullopt) restored.stored.push_back({key, *value});
    }
    core::apply(kiosk, restored);
    storeStatus(kiosk);
}

void EffectRunner::report(core::Kiosk& kiosk) const {
    const auto rows = store_ ? store_->counters() : std::vector<core::CounterRow>{};
    core::team::ReportLoaded loaded{core::buildReport(*content_, rows, kiosk.language())};
    core::apply(kiosk, core::action::Team{loaded});
    storeStatus(kiosk);
}

void EffectRunner::exportCsv(core::Kiosk& kiosk, const std::string& directory) const {
    if (!store_) { core::apply(kiosk, message("export_failed", "no statistics store")); return; }
    const auto rows = store_->counters();
    const core::Report report = core::buildReport(*content_, rows, kiosk.language());
    const ExportWritten written = writeNewFile(directory, "repere-stats-" + io::localDay() + ".csv", core::reportCsv(*content_, report, kiosk.language()));
    if (!written.ok) {
        // The panel says it in its own language; the system's words go to the log.
        std::cerr << "repere: export failed: " << written.error << '\n';
        core::apply(kiosk, message(core::exportFailureMessage(written.errorNumber), directory));
        return;
    }
    core::apply(kiosk, core::action::Team{core::team::Exported{directory, written.path}});
}

std::vector<std::string> EffectRunner::drives() const { return drives_ ? *drives_ : removableDrives(); }

std::string kioskExportFolder(const std::string& dataDir) {
    return dataDir.empty() ? "" : (fs::u8path(dataDir) / "exports").u8string();
}

void EffectRunner::reload(core::Kiosk& kiosk) {
    core::LoadResult loaded = io::loadContent(contentDir_);
    if (!loaded.content) {
        std::string first;
        for (const auto& d : loaded.diagnostics) if (d.severity == core::Severity::Error) { first = core::format(d); break; }
        core::apply(kiosk, message("content_failed", std::to_string(core::countErrors(loaded.diagnostics)) + " · " + first));
        return;
    }
    auto fresh = std::make_unique<core::Content>(std::move(*loaded.content));
    core::apply(kiosk, core::action::ContentReloaded{fresh.get()});  // the old content is freed only after
    content_ = std::move(fresh);
}

void EffectRunner::runOne(core::Kiosk& kiosk, const core::Effect& effect) {
    namespace fx = core::effect;
    // One handler per effect, and no catch-all: a new effect type does not compile until
    // it is handled here. After every write the panel shows the store as it now is.
    std::visit(core::Overload{
                   [&](const fx::RecordSession& r) {
                       if (store_) {
                           store_->setEventLabel(kiosk.settings.eventLabel);  // used from the next batch on
                           store_->recordSession(io::localDay(), core::blurredSession(*content_, r.metrics, random_));
                       }
                       storeStatus(kiosk);
                   },
                   [&](const fx::RecordLate& late) {
                       if (!store_) return;
                       store_->setEventLabel(kiosk.settings.eventLabel);
                       store_->recordLate(io::localDay(), core::blurredUseful(late.metric, random_));
                   },
                   [&](const fx::SaveSetting& s) {
                       if (store_) store_->saveSetting(s.key, s.value);
                       storeStatus(kiosk);
                   },
                   [&](const fx::LoadReport&) { report(kiosk); },
                   [&](const fx::FindExportTargets&) {
                       core::apply(kiosk, core::action::Team{core::team::ExportTargetsFound{drives(), kioskExportFolder(dataDir_)}});
                   },
                   [&](const fx::ExportCsv& x) { exportCsv(kiosk, x.directory); },
                   [&](const fx::EjectDrive& j) {
                       std::string error;
                       const bool asked = requestEject(j.directory, j.name, error);
                       if (!asked) std::cerr << "repere: eject failed: " << error << '\n';  // the system's words: the log only
                       core::apply(kiosk, message(asked ? "eject_requested" : "eject_failed", j.name));
                   },
                   [&](const fx::ReloadContent&) { reload(kiosk); },
                   [&](const fx::FindPacks&) { findPacks(kiosk); },
                   [&](const fx::ShowPack& p) { showPack(kiosk, p.path); },
                   [&](const fx::ApplyPack& p) { applyPack(kiosk, p.path); },
                   [&](const fx::RestorePreviousContent&) { restorePrevious(kiosk); },
                   [&](const fx::Quit&) { quit_ = true; },
               },
               effect);
}

void EffectRunner::run(core::Kiosk& kiosk) {
    // Effects can queue further effects through the actions they apply; run until none.
    for (int round = 0; round < 4 && !kiosk.effects.empty(); ++round) {
        std::vector<core::Effect> effects;
        effects.swap(kiosk.effects);
        for (const auto& e : effects) runOne(kiosk, e);
    }
}

} // namespace io
