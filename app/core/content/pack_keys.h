// Who may sign content packs: Ed25519 key pairs, their written forms and fingerprints, the
// kiosk's list of trusted keys (its text, not its file: io stores it), and the verdict on
// a pack's signer. Pure; randomness comes from libsodium.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/content_pack.h"

namespace core {

struct PackKeyPair {
    PackKey publicKey{};
    PackSecretKey secretKey{};
};

// A fresh key pair (libsodium's crypto_sign_keypair). None if libsodium cannot start.
std::optional<PackKeyPair> makeKeyPair();

// A public key as 64 hexadecimal digits, and back (spaces and case ignored).
// Bytes as lower-case hex (keys, hashes, fingerprints).
std::string hexOf(const unsigned char* bytes, size_t size);

std::string keyText(const PackKey& key);
std::optional<PackKey> parseKeyText(std::string_view text);

// What a person compares by eye: BLAKE2b of the key, 8 bytes as four groups of hex
// digits ("3f2a 91c0 7d4e b815").
std::string fingerprint(const PackKey& key);

// The secret key file: "repere-pack-secret-key 1\n" and 128 hex digits. None when malformed.
std::string secretKeyText(const PackSecretKey& key);
std::optional<PackSecretKey> parseSecretKeyText(std::string_view text);
// The public half of a secret key (libsodium keeps it in the second 32 bytes).
PackKey publicKeyOf(const PackSecretKey& key);

struct TrustedKey {
    PackKey key{};
    std::string name;  // who the team says this is: one line, at most kMaxTrustedNameBytes
};
constexpr size_t kMaxTrustedNameBytes = 100;
constexpr size_t kMaxTrustedKeys = 100;

// The trusted-keys file: one "HEX NAME" a line. Lines that cannot be read are skipped
// with a sentence in `problems`; a damaged line never trusts a key.
std::vector<TrustedKey> parseTrustedKeys(std::string_view text, std::vector<std::string>& problems);
std::string trustedKeysText(const std::vector<TrustedKey>& keys);

// Why `name` cannot name a trusted key, or "" when it can.
std::string trustedNameProblem(const std::string& name);

// The trusted key whose key or fingerprint is `text` (as typed: hex, spaces ignored).
std::optional<size_t> findTrusted(const std::vector<TrustedKey>& keys, std::string_view text);
std::optional<size_t> findTrusted(const std::vector<TrustedKey>& keys, const PackKey& key);

// The kiosk's verdict on a pack read from bytes: accepted only when the pack holds and
// its signer is trusted. `message` always names the signer's fingerprint when known.
struct PackVerdict {
    bool accepted = false;
    std::string signerName;  // the trusted name, when the signer is trusted
    std::string message;     // one sentence for the team
};
PackVerdict judgePack(const PackReading& reading, const std::vector<TrustedKey>& trusted);

} // namespace core
