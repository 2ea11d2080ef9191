// The team panel's content tab on disk: the packs on the USB sticks, reading one again to
// show what it changes, installing it (io/content_install.h) and going back to the
// previous content. Each reports to the kiosk as actions; the system's English words go
// to the log only, the panel says it in its own language.
#include "io/effects.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "core/content/content_choice.h"
#include "core/content/content_update.h"
#include "core/content/glyph_coverage.h"
#include "core/model/diagnostic.h"
#include "core/team/removable_drive.h"
#include "io/content/content_file.h"
#include "io/content/content_install.h"
#include "io/machine/font_files.h"
#include "io/machine/local_clock.h"
#include "io/content/pack_files.h"

namespace io {

namespace fs = std::filesystem;
namespace {

constexpr size_t kMaxErrorsShown = 20;

core::Action message(std::string id, std::string detail = {}) {
    return core::action::Team{core::team::Message{std::move(id), std::move(detail)}};
}

std::vector<core::TrustedKey> trustedKeys(const std::string& dataDir) {
    std::vector<std::string> problems;
    auto keys = loadTrustedKeys(dataDir, problems);
    for (const auto& p : problems) std::cerr << "repere: " << core::escapeControls(p) << '\n';
    return keys;
}

// The pack files at the top of a stick, by name, at most kMaxPacksListed; links, folders
// and devices are passed over.
std::vector<fs::path> packFilesOn(const std::string& drive) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it(drive, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end; it.increment(ec)) {
        if (!core::isPackFileName(it->path().filename().string()) || !it->is_regular_file(ec) || it->is_symlink(ec)) continue;
        files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    if (files.size() > core::kMaxPacksListed) files.resize(core::kMaxPacksListed);
    return files;
}

core::PackOffer offerOf(const std::string& path, const std::string& drive, const std::vector<core::TrustedKey>& trusted,
                        std::optional<core::ContentPack>* pack = nullptr) {
    const std::string fileName = fs::path(path).filename().string();
    const core::FileBytes bytes = readPackFile(path);
    if (!bytes.bytes) {
        std::cerr << "repere: " << core::escapeControls(path) << ": " << bytes.problem << '\n';
        return core::describePack(path, drive, fileName, {}, trusted, bytes.problem);
    }
    core::PackReading reading = core::readPack(*bytes.bytes);
    if (!reading.pack) std::cerr << "repere: " << core::escapeControls(path) << ": " << reading.problem << '\n';
    core::PackOffer offer = core::describePack(path, drive, fileName, reading, trusted);
    if (pack && offer.problem.none()) *pack = std::move(reading.pack);
    return offer;
}

// What `repere check` says is wrong with a loaded content: its errors, glyphs included.
std::vector<std::string> errorsOf(core::LoadResult& loaded) {
    if (loaded.content) core::checkGlyphs(*loaded.content, kioskGlyphCoverage(), loaded.diagnostics);
    std::vector<std::string> errors;
    for (const auto& d : loaded.diagnostics) {
        if (d.severity == core::Severity::Error && errors.size() < kMaxErrorsShown) errors.push_back(core::format(d));
    }
    if (errors.empty() && !loaded.content) errors.push_back("content could not be loaded");
    return errors;
}

std::vector<std::string> checkDirectory(const std::string& directory) {
    core::LoadResult loaded = loadContent(directory);
    return errorsOf(loaded);
}

} // namespace

void EffectRunner::findPacks(core::Kiosk& kiosk) const {
    core::action::PacksFound found;
    const auto trusted = trustedKeys(dataDir_);
    for (const auto& drive : drives()) {
        const std::string label = core::driveLabel(drive);
        found.drives.push_back(core::escapeControls(label));
        for (const auto& file : packFilesOn(drive)) found.offers.push_back(offerOf(file.string(), label, trusted));
    }
    found.previousContent = hasPreviousContent(dataDir_);
    core::apply(kiosk, found);
}

void EffectRunner::showPack(core::Kiosk& kiosk, const std::string& path) {
    shown_.reset();
    shownPath_.clear();
    core::PackPreview preview;
    std::optional<core::ContentPack> pack;
    preview.offer = offerOf(path, core::driveLabel(fs::path(path).parent_path().string()), trustedKeys(dataDir_), &pack);
    preview.problem = preview.offer.problem;
    if (pack) {
        const std::string name = "pack:" + preview.offer.fileName;
        core::LoadResult loaded = core::loadContent(name, core::packFileSource(*pack, name));
        preview.errors = errorsOf(loaded);
        if (loaded.content) preview.changes = core::compareContent(*content_, *loaded.content);
        if (preview.errors.empty()) {
            shown_ = std::move(pack);
            shownPath_ = path;
        }
    }
    core::apply(kiosk, core::action::PackShown{preview});
}

// Loads what questionnaires now points to and makes it the kiosk's content; false (and
// the panel told) when it cannot be loaded.
bool EffectRunner::runInstalled(core::Kiosk& kiosk, const std::string& directory) {
    const std::string current = (fs::path(dataDir_) / "questionnaires").string();
    core::LoadResult loaded = loadContent(current);
    if (!loaded.content) {
        core::apply(kiosk, message("content_failed", core::firstError(loaded.diagnostics)));
        return false;
    }
    auto fresh = std::make_unique<core::Content>(std::move(*loaded.content));
    core::apply(kiosk, core::action::ContentReloaded{fresh.get()});  // the old content is freed only after
    content_ = std::move(fresh);
    contentDir_ = current;
    core::apply(kiosk, core::action::ContentUpdated{hasPreviousContent(dataDir_)});
    core::apply(kiosk, core::action::Team{core::team::ContentStatus{"content_running_update", directory}});
    return true;
}

void EffectRunner::applyPack(core::Kiosk& kiosk, const std::string& path) {
    if (!shown_ || shownPath_ != path) { core::apply(kiosk, message("pack_read_failed", core::escapeControls(path))); return; }
    const core::ContentPack pack = *shown_;
    const std::string fileName = core::escapeControls(fs::path(path).filename().string());
    const ContentInstalled installed = installContent(dataDir_, pack, checkDirectory, localStamp(), contentDir_);
    if (!installed.errors.empty()) {
        if (kiosk.update.preview) {
            core::PackPreview preview = *kiosk.update.preview;
            preview.errors = installed.errors;
            core::apply(kiosk, core::action::PackShown{preview});
        }
        core::apply(kiosk, message("pack_content_errors", std::to_string(installed.errors.size())));
        return;
    }
    if (!installed.ok) {
        std::cerr << "repere: applying " << core::escapeControls(path) << " failed: " << core::escapeControls(installed.problem) << '\n';
        core::apply(kiosk, message("pack_apply_failed", core::escapeControls(dataDir_)));
        return;
    }
    shown_.reset();
    shownPath_.clear();
    if (!runInstalled(kiosk, installed.directory)) return;
    core::apply(kiosk, message("pack_applied", fileName + ", " + core::escapeControls(pack.date) + " — " + installed.directory));
}

void EffectRunner::restorePrevious(core::Kiosk& kiosk) {
    const ContentInstalled restored = restorePreviousContent(dataDir_, checkDirectory);
    if (!restored.errors.empty()) { core::apply(kiosk, message("content_rollback_failed", restored.errors.front())); return; }
    if (!restored.ok) {
        std::cerr << "repere: going back to the previous content failed: " << core::escapeControls(restored.problem) << '\n';
        core::apply(kiosk, message("content_rollback_failed", core::escapeControls(dataDir_)));
        return;
    }
    if (runInstalled(kiosk, restored.directory)) core::apply(kiosk, message("content_rolled_back", restored.directory));
}

} // namespace io
