// PIN hashing with libsodium's crypto_pwhash_str (Argon2id) and the wrong-try guard.
#include "core/worker_pin.h"

#include <sodium.h>

#include <algorithm>

namespace core {

bool isValidPin(const std::string& pin) {
    if (pin.size() < static_cast<size_t>(kMinPinDigits) || pin.size() > static_cast<size_t>(kMaxPinDigits)) return false;
    return std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<std::string> hashPin(const std::string& pin) {
    if (sodium_init() < 0) return std::nullopt;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return std::nullopt;
    }
    return std::string(out);
}

bool verifyPin(const std::string& storedHash, const std::string& pin) {
    if (sodium_init() < 0 || storedHash.empty() || storedHash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_verify(storedHash.c_str(), pin.data(), pin.size()) == 0;
}

int64_t PinGuard::waitMs(int64_t nowMs) const {
    if (failures == 0) return 0;
    const int64_t delay = failures >= kPinTriesBeforeLockout
                              ? kPinLockoutMs
                              : std::min<int64_t>(int64_t{1000} << std::min(failures - 1, 6), 60'000);
    return std::max<int64_t>(0, lastFailureMs + delay - nowMs);
}

void PinGuard::failed(int64_t nowMs) {
    ++failures;
    lastFailureMs = nowMs;
}

} // namespace core
