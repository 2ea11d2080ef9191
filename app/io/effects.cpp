// Effect execution.
#include "io/local_clock.h"
#include "io/effects.h"

#include <filesystem>

#include "io/content_file.h"
#include "core/team/export_failure.h"
#include "core/stats/stats_report.h"
#include "core/kiosk/stored_settings.h"
#include "core/model/overload.h"
#include "io/drive_eject.h"
#include "io/export_file.h"

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
    : store_(store), contentDir_(std::move(contentDir)), content_(std::move(content)), dataDir_(std::move(dataDir)) {}

void EffectRunner::storeStatus(core::Kiosk& kiosk) const {
    if (!store_) return;  // nothing recorded in this run: the panel works without a store
    core::team::StoreStatus status;
    status.text = !store_->problem().empty() ? store_->problem() : store_->notice();
    // A file just moved aside counts as unhealthy too: whoever damaged it must not be
    // offered a fresh panel to claim.
    status.healthy = store_->available() && store_->notice().empty();
    if (status.healthy) status.pinHash = store_->setting(core::setting::kPinHash).value_or("");
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
    if (!written.ok) { core::apply(kiosk, message(core::exportFailureMessage(written.errorNumber), written.error)); return; }
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

void EffectRunner::runOne(core::Kiosk& kiosk, const core::Effect& effect) {
    namespace fx = core::effect;
    // One handler per effect, and no catch-all: a new effect type does not compile until
    // it is handled here. After every write the panel shows the store as it now is.
    std::visit(core::Overload{
                   [&](const fx::RecordSession& r) {
                       if (store_) {
                           store_->setEventLabel(kiosk.settings.eventLabel);  // used from the next batch on
                           store_->recordSession(io::localDay(), r.metrics);
                       }
                       storeStatus(kiosk);
                   },
                   [&](const fx::RecordLate& late) {
                       if (!store_) return;
                       store_->setEventLabel(kiosk.settings.eventLabel);
                       store_->recordLate(io::localDay(), late.metric);
                   },
                   [&](const fx::SaveSetting& s) {
                       if (store_) store_->saveSetting(s.key, s.value);
                       storeStatus(kiosk);
                   },
                   [&](const fx::LoadReport&) { report(kiosk); },
                   [&](const fx::FindExportTargets&) {
                       core::apply(kiosk, core::action::Team{core::team::ExportTargetsFound{exportTargets(dataDir_)}});
                   },
                   [&](const fx::ExportCsv& x) { exportCsv(kiosk, x.directory); },
                   [&](const fx::EjectDrive& j) {
                       std::string error;
                       const bool asked = requestEject(j.directory, j.name, error);
                       core::apply(kiosk, message(asked ? "eject_requested" : "eject_failed", asked ? j.name : error));
                   },
                   [&](const fx::ReloadContent&) { reload(kiosk); },
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
