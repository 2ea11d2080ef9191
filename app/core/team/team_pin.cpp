// PIN hashing with libsodium's crypto_pwhash_str (Argon2id) and the wrong-try guard.
#include "core/team/team_pin.h"

#include <sodium.h>

#include <algorithm>

namespace core {

bool isValidPin(std::string_view pin) {
    if (pin.size() < static_cast<size_t>(kMinPinDigits) || pin.size() > static_cast<size_t>(kMaxPinDigits)) return false;
    return std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isGuessablePin(std::string_view pin) {
    if (!isValidPin(pin)) return false;
    const size_t n = pin.size();
    auto step = [&](size_t i) { return (pin[i] - pin[i - 1] + 10) % 10; };
    bool run = true;
    for (size_t i = 2; i < n && run; ++i) run = step(i) == step(1);
    if (run && (step(1) == 0 || step(1) == 1 || step(1) == 9)) return true;  // 000000, 123456, 987654, 890123
    for (size_t period = 2; period <= n / 2; ++period) {
        if (n % period) continue;
        bool repeats = true;
        for (size_t i = period; i < n && repeats; ++i) repeats = pin[i] == pin[i - period];
        if (repeats) return true;  // 121212, 123123, 12341234
    }
    // Among the most used PINs in published analyses of leaked PIN lists, beyond the
    // patterns above.
    static const char* const kCommon[] = {"112233", "123321", "654321", "159753", "147258", "258456", "789456",
                                          "102030", "111222", "121314", "131313", "102938", "123654", "112358",
                                          "696969", "520520", "123789", "147852", "159357", "246810", "135790"};
    for (const char* common : kCommon) if (pin == common) return true;
    return false;
}

PinGuard PinGuard::restored(const std::string& stored) {
    PinGuard g;
    try {
        g.failures = std::clamp(std::stoi(stored), 0, 1000);
    } catch (const std::exception&) {
        g.failures = kPinTriesBeforeLockout;  // unreadable: assume the worst, not the best
    }
    return g;
}

std::optional<std::string> hashPin(std::string_view pin) {
    if (sodium_init() < 0) return std::nullopt;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return std::nullopt;
    }
    return std::string(out);
}

bool verifyPin(const std::string& storedHash, std::string_view pin) {
    if (sodium_init() < 0 || storedHash.empty() || storedHash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_verify(storedHash.c_str(), pin.data(), pin.size()) == 0;
}

bool isPinHash(const std::string& stored) {
    static const std::string kPrefix = "$argon2id$";
    return stored.size() > kPrefix.size() && stored.size() < crypto_pwhash_STRBYTES && stored.compare(0, kPrefix.size(), kPrefix) == 0;
}

// Most telling first: the marker says a PIN existed; a file moved aside, other files or
// rows say the kiosk ran with a team. Only an empty directory (or an empty store in it)
// is new.
std::string pinPast(const StoreTraces& t) {
    if (t.pinMarker) return "pin_past_marker";
    if (t.movedAside) return "pin_past_moved_aside";
    if (!t.otherEntries.empty()) return "pin_past_files";
    if (t.counterRows > 0 || t.settingRows > 0) return "pin_past_rows";
    return "";
}

int64_t PinGuard::waitMs(int64_t nowMs) const {
    if (failures == 0) return 0;
    const int64_t delay = failures >= kPinTriesBeforeLockout
                              ? kPinLockoutMs
                              : std::min<int64_t>(int64_t{1000} << std::min(failures - 1, 6), 60'000);
    return std::max<int64_t>(0, lastFailureMs + delay - nowMs);
}

int PinGuard::waitSecondsShown(int64_t nowMs) const { return static_cast<int>((waitMs(nowMs) + 999) / 1000); }

int64_t PinGuard::msUntilWaitTick(int64_t nowMs) const {
    const int64_t wait = waitMs(nowMs);
    if (wait <= 0) return -1;
    return (wait - 1) % 1000 + 1;  // 2500 ms left reads "3" for 500 ms more
}

void PinGuard::failed(int64_t nowMs) {
    ++failures;
    lastFailureMs = nowMs;
}

} // namespace core
