// The team PIN: stored only as a libsodium Argon2id hash; wrong tries add a growing
// delay, then a lockout. The guard is pure (time passed in) so it is tested with a fake clock.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

constexpr int kMinPinDigits = 6;
constexpr int kMaxPinDigits = 12;
constexpr int kPinTriesBeforeLockout = 8;
constexpr int64_t kPinLockoutMs = 15 * 60 * 1000;

bool isValidPin(std::string_view pin);  // 6 to 12 digits, nothing else
// A PIN anyone would try first: one digit repeated, a straight run up or down (wrapping
// past 9 or 0), a short group repeated (121212, 123123), or one of the most used PINs.
bool isGuessablePin(std::string_view pin);

// The hash to store (Argon2id, interactive limits), or none if hashing failed.
std::optional<std::string> hashPin(std::string_view pin);
bool verifyPin(const std::string& storedHash, std::string_view pin);
// A stored value that can be a hash made by hashPin (an Argon2id string of sane length).
bool isPinHash(const std::string& stored);

// The file written in the data directory with every PIN, before the PIN itself: while it
// is there, losing the PIN (a deleted row, a deleted or damaged store) never reopens the
// screen's "choose a PIN".
constexpr const char* kPinMarkerFile = "team-pin-was-set";

// What the data directory shows of its past, gathered by the store (io/stats_store.h)
// when it holds no usable PIN. The screen may offer "choose a PIN" only when every field
// says "new": anything else is a trace of a kiosk that had a team.
struct StoreTraces {
    bool pinMarker = false;                 // kPinMarkerFile is there
    bool movedAside = false;                // the store was damaged or foreign and moved aside in this run
    std::vector<std::string> otherEntries;  // names in the data directory besides the store and the marker
    int64_t counterRows = 0;                // rows of counters, whatever their content
    int64_t settingRows = 0;                // rows of settings, whatever their type (a PIN of the wrong type too)
};

// Why the first PIN cannot be chosen from the screen (an interface string id that says
// so and names `repere pin set`), or "" when the directory is provably new.
std::string pinPast(const StoreTraces& traces);

struct PinGuard {
    int failures = 0;
    int64_t lastFailureMs = 0;

    // Milliseconds before another try is accepted (0 = now). Doubles from 1 s after each
    // wrong try, capped at a minute; after kPinTriesBeforeLockout wrong tries, 15 minutes.
    int64_t waitMs(int64_t nowMs) const;
    // The wait as the pad shows it: whole seconds, rounded up (0 = none).
    int waitSecondsShown(int64_t nowMs) const;
    // Milliseconds until those seconds next change, so the display redraws on time;
    // -1 when there is no wait.
    int64_t msUntilWaitTick(int64_t nowMs) const;
    void failed(int64_t nowMs);
    void succeeded() { failures = 0; }

    // Stored so that a restart does not reset the count: the wrong tries so far. Restored
    // with the last failure at the process's start, so the wait runs again in full.
    std::string stored() const { return std::to_string(failures); }
    static PinGuard restored(const std::string& stored);
};

} // namespace core
