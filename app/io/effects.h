// Runs what the kiosk queued (core/effect.h) between frames: statistics and settings
// through the one StatsStore, CSV export, content reload, quit. Reports back as actions.
// The only code that turns the kiosk's requests into disk access.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/content/content_pack.h"
#include "core/kiosk/kiosk.h"
#include "core/stats/stats_blur.h"
#include "io/store/stats_store.h"

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
    // Tests and screenshots: these folders stand for the mounted USB sticks (exports and
    // content packs) instead of the system's.
    void setRemovableDrives(std::vector<std::string> drives) { drives_ = std::move(drives); }

private:
    void runOne(core::Kiosk& kiosk, const core::Effect& effect);
    void report(core::Kiosk& kiosk) const;
    void exportCsv(core::Kiosk& kiosk, const std::string& directory) const;
    void reload(core::Kiosk& kiosk);
    void storeStatus(core::Kiosk& kiosk) const;
    std::vector<std::string> drives() const;
    // The content tab (pack_effects.cpp).
    void findPacks(core::Kiosk& kiosk) const;
    void showPack(core::Kiosk& kiosk, const std::string& path);
    void applyPack(core::Kiosk& kiosk, const std::string& path);
    void restorePrevious(core::Kiosk& kiosk);
    bool runInstalled(core::Kiosk& kiosk, const std::string& directory);

    io::StatsStore* store_;
    std::string contentDir_;
    std::unique_ptr<core::Content> content_;
    std::string dataDir_;
    bool quit_ = false;
    core::team::ContentStatus contentStatus_;
    core::RandomBelow random_;
    mutable std::string logged_;  // the store's last English message written to the log
    std::optional<std::vector<std::string>> drives_;
    // The pack the team is looking at, as read then: "Apply" installs these very bytes,
    // whatever happens to the stick after.
    std::optional<core::ContentPack> shown_;
    std::string shownPath_;
};

// Mounted removable drives (USB sticks): /media and /run/media on Linux, removable drive
// letters on Windows. The team exports to them and finds content packs on them.
std::vector<std::string> removableDrives();
// Where an export goes without a stick: the data directory's exports folder ("" = none).
std::string kioskExportFolder(const std::string& dataDir);

} // namespace io
