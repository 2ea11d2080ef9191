// Effect execution.
#include "io/effects.h"

#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "io/content_file.h"
#include "core/team/export_failure.h"
#include "core/stats/stats_blur.h"
#include "core/stats/stats_report.h"
#include "core/kiosk/stored_settings.h"
#include "io/drive_eject.h"
#include "io/export_file.h"

namespace io {

using namespace core;  // io works on the core's types
namespace fs = std::filesystem;
namespace {

core::Action message(std::string id, std::string detail = {}) {
    return core::action::Team{core::team::Message{std::move(id), std::move(detail)}};
}

std::set<std::string> mountPoints() {
    std::set<std::string> points;
    std::ifstream mounts("/proc/mounts");
    for (std::string line; std::getline(mounts, line);) {
        std::istringstream fields(line);
        std::string device, point;
        if (fields >> device >> point) points.insert(point);
    }
    return points;
}

} // namespace

std::vector<std::string> exportTargets(const std::string& dataDir) {
    std::vector<std::string> targets;
    const auto mounted = mountPoints();
    std::error_code ec;
    for (const char* root : {"/media", "/run/media"}) {
        // /media/LABEL, /media/USER/LABEL, /run/media/USER/LABEL
        for (fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
             !ec && it != end; it.increment(ec)) {
            if (it.depth() > 1) { it.disable_recursion_pending(); continue; }
            if (it->is_directory(ec) && mounted.count(it->path().string())) targets.push_back(it->path().string());
        }
        ec.clear();
    }
    if (!dataDir.empty()) targets.push_back((fs::path(dataDir) / "exports").string());
    return targets;
}

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
    core::apply(kiosk, message("export_done", written.path));
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

void EffectRunner::run(core::Kiosk& kiosk) {
    // Effects can queue further effects through the actions they apply; run until none.
    for (int round = 0; round < 4 && !kiosk.effects.empty(); ++round) {
        std::vector<core::Effect> effects;
        effects.swap(kiosk.effects);
        for (const auto& e : effects) {
            // After every write the panel shows the store as it now is (a failure, or a recovery).
            if (const auto* r = std::get_if<core::effect::RecordSession>(&e)) {
                if (store_) {
                    store_->setEventLabel(kiosk.settings.eventLabel);  // used from the next batch on
                    store_->recordSession(io::localDay(), core::blurredSession(*content_, r->metrics, random_));
                }
                storeStatus(kiosk);
            } else if (const auto* late = std::get_if<core::effect::RecordLate>(&e)) {
                if (store_) {
                    store_->setEventLabel(kiosk.settings.eventLabel);
                    store_->recordLate(io::localDay(), core::blurredUseful(late->metric, random_));
                }
            } else if (const auto* s = std::get_if<core::effect::SaveSetting>(&e)) {
                if (store_) store_->saveSetting(s->key, s->value);
                storeStatus(kiosk);
            } else if (std::holds_alternative<core::effect::LoadReport>(e)) {
                report(kiosk);
            } else if (std::holds_alternative<core::effect::FindExportTargets>(e)) {
                core::apply(kiosk, core::action::Team{core::team::ExportTargetsFound{exportTargets(dataDir_)}});
            } else if (const auto* x = std::get_if<core::effect::ExportCsv>(&e)) {
                exportCsv(kiosk, x->directory);
            } else if (const auto* j = std::get_if<core::effect::EjectDrive>(&e)) {
                std::string error;
                const bool asked = requestEject(j->directory, j->name, error);
                if (!asked) std::cerr << "repere: eject failed: " << error << '\n';
                core::apply(kiosk, message(asked ? "eject_requested" : "eject_failed", j->name));
            } else if (std::holds_alternative<core::effect::ReloadContent>(e)) {
                reload(kiosk);
            } else if (std::holds_alternative<core::effect::Quit>(e)) {
                quit_ = true;
            }
        }
    }
}

} // namespace io
