// The team panel's content tab as data: the packs found on a USB stick (who signed each,
// its date and note, or why it is refused), the one chosen and what it would change
// before anything is applied. Pure: io reads the stick and fills these through actions
// (core/kiosk/kiosk.h); the view only draws them.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/content/content_changes.h"
#include "core/content/content_pack.h"
#include "core/content/pack_keys.h"

namespace core {

// Packs have this file ending (`repere pack create … --out lyon.rpk`).
constexpr const char* kPackFileEnding = ".rpk";
// At most this many packs are listed per stick: a stick is not a library.
constexpr size_t kMaxPacksListed = 20;

// Why a pack cannot be applied: an interface string id and its {detail}; empty id = it can.
struct PackProblem {
    std::string id;
    std::string detail;
    bool none() const { return id.empty(); }
};

// One pack file found on a stick.
struct PackOffer {
    std::string path;         // the file (io reads it again to show or apply it)
    std::string drive;        // the stick's name as the panel shows it
    std::string fileName;     // the file's name, control characters escaped
    std::string signerName;   // the trusted name; "" when the signer is not trusted
    std::string fingerprint;  // the signer's key fingerprint; "" when the pack names none
    std::string date, note;   // from the pack's manifest (note escaped, one line)
    PackProblem problem;      // why it cannot be applied (not a pack, broken, untrusted, unreadable)
};

// The pack chosen, and what applying it would change.
struct PackPreview {
    PackOffer offer;
    ContentChanges changes;
    std::vector<std::string> errors;  // its content's errors as `repere check` prints them; none = it can be applied
    PackProblem problem;              // the pack itself refused when read again
    bool canApply() const { return problem.none() && errors.empty(); }
};

struct ContentUpdate {
    bool searched = false;               // the sticks were looked at since the tab opened
    std::vector<std::string> drives;     // the sticks seen (names as shown)
    std::vector<PackOffer> offers;       // packs found on them
    std::optional<PackPreview> preview;  // the pack chosen; none = the list is shown
    bool previousContent = false;        // there is a previous content to go back to
    bool packsApplyHere = true;          // false: this build cannot apply packs (Windows)
};

// What the panel says about a pack as read (or not) from `bytes` and judged against the
// kiosk's trusted keys: the offer's signer, date, note and problem. `readProblem` is set
// (and `reading` ignored) when the file itself could not be read.
PackOffer describePack(std::string path, std::string drive, const std::string& fileName, const PackReading& reading,
                       const std::vector<TrustedKey>& trusted, const std::string& readProblem = {});

// Whether a file name on a stick is a pack's (ends in kPackFileEnding, not hidden).
bool isPackFileName(const std::string& name);

// The note as one line for the list: newlines shown as " / ", control characters escaped.
std::string noteLine(const std::string& note);

} // namespace core
