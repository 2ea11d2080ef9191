// Runs what the kiosk queued (core/effect.h) between frames: statistics and settings
// through the one StatsStore, CSV export, content reload, quit. Reports back as actions.
// The only code that turns the kiosk's requests into disk access.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/kiosk/kiosk.h"
#include "core/stats/stats_blur.h"
#include "io/stats_store.h"

namespace io {

class EffectRunner {
public:
    // `store` may be null (headless runs without --data: nothing is recorded).
    // `content` is the loaded content; a reload replaces it and tells the kiosk.
    EffectRunner(io::StatsStore* store, std::string contentDir, std::unique_ptr<core::Content> content,
                 std::string dataDir);

    const core::Content& content() const { return *content_; }

    // Feeds a new kiosk the stored settings with this run's options on top, and the
    // store's state.
    void restore(core::Kiosk& kiosk, const core::RunOptions& thisRun = {}) const;
    // Runs and clears kiosk.effects, applying the follow-up actions.
    void run(core::Kiosk& kiosk);
    bool quitRequested() const { return quit_; }
    // The draw that blurs each record (core/stats_blur.h): the system's (libsodium) by
    // default; tests replace it to play every outcome.
    void setRandom(core::RandomBelow random) { random_ = std::move(random); }
    // Which content runs and why (core/content_choice.h), shown by the team panel.
    void setContentStatus(std::string id, std::string detail) { contentStatus_ = {std::move(id), std::move(detail)}; }

private:
    void runOne(core::Kiosk& kiosk, const core::Effect& effect);
    void report(core::Kiosk& kiosk) const;
    void exportCsv(core::Kiosk& kiosk, const std::string& directory) const;
    void reload(core::Kiosk& kiosk);
    void storeStatus(core::Kiosk& kiosk) const;

    io::StatsStore* store_;
    std::string contentDir_;
    std::unique_ptr<core::Content> content_;
    std::string dataDir_;
    bool quit_ = false;
    core::team::ContentStatus contentStatus_;
    core::RandomBelow random_;
    mutable std::string logged_;  // the store's last English message written to the log
};

// Folders the team may export to: mounted removable drives (/media, /run/media), then
// an exports folder in the data directory.
std::vector<std::string> exportTargets(const std::string& dataDir);

} // namespace io
