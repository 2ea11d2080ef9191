// Pack keys, fingerprints, the trusted-keys text and the verdict on a pack's signer
// (see pack_keys.h). Secrets are wiped with sodium_memzero where this file copies them.
#include "core/content/pack_keys.h"

#include <sodium.h>

#include <algorithm>

#include "core/model/diagnostic.h"

namespace core {
namespace {

constexpr std::string_view kSecretHeader = "repere-pack-secret-key 1";

// Hex digits only, lower case, spaces dropped; "" when anything else is there.
std::string plainHex(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == ' ' || c == '\t') continue;
        if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return "";
        out += c;
    }
    return out;
}

template <size_t N>
bool hexInto(const std::string& hex, std::array<unsigned char, N>& out) {
    size_t written = 0;
    return hex.size() == 2 * N && sodium_hex2bin(out.data(), N, hex.data(), hex.size(), nullptr, &written, nullptr) == 0 &&
           written == N;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.remove_suffix(1);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    return s;
}

} // namespace

std::string hexOf(const unsigned char* bytes, size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.resize(size * 2);
    return hex;
}


std::optional<PackKeyPair> makeKeyPair() {
    if (sodium_init() < 0) return std::nullopt;
    PackKeyPair pair;
    crypto_sign_keypair(pair.publicKey.data(), pair.secretKey.data());
    return pair;
}

std::string keyText(const PackKey& key) { return hexOf(key.data(), key.size()); }

std::optional<PackKey> parseKeyText(std::string_view text) {
    PackKey key;
    if (!hexInto(plainHex(trimmed(text)), key)) return std::nullopt;
    return key;
}

std::string fingerprint(const PackKey& key) {
    if (sodium_init() < 0) return "";
    unsigned char hash[8];
    crypto_generichash(hash, sizeof hash, key.data(), key.size(), nullptr, 0);
    const std::string hex = hexOf(hash, sizeof hash);
    return hex.substr(0, 4) + " " + hex.substr(4, 4) + " " + hex.substr(8, 4) + " " + hex.substr(12, 4);
}

std::string secretKeyText(const PackSecretKey& key) {
    return std::string(kSecretHeader) + "\n" + hexOf(key.data(), key.size()) + "\n";
}

std::optional<PackSecretKey> parseSecretKeyText(std::string_view text) {
    text = trimmed(text);
    if (text.substr(0, kSecretHeader.size()) != kSecretHeader) return std::nullopt;
    std::string hex = plainHex(trimmed(text.substr(kSecretHeader.size() + (text.size() > kSecretHeader.size() ? 1 : 0))));
    PackSecretKey key;
    const bool ok = hexInto(hex, key);
    sodium_memzero(hex.data(), hex.size());
    if (!ok) return std::nullopt;
    // The second half must be the public key of the first: a damaged file is caught here,
    // not by a pack nobody can verify.
    PackKey derived;
    if (sodium_init() < 0 || crypto_sign_ed25519_sk_to_pk(derived.data(), key.data()) != 0) return std::nullopt;
    unsigned char seed[crypto_sign_SEEDBYTES];
    crypto_sign_ed25519_sk_to_seed(seed, key.data());
    PackKey fromSeed;
    PackSecretKey again;
    crypto_sign_seed_keypair(fromSeed.data(), again.data(), seed);
    sodium_memzero(seed, sizeof seed);
    const bool consistent = fromSeed == derived;
    sodium_memzero(again.data(), again.size());
    if (!consistent) return std::nullopt;
    return key;
}

PackKey publicKeyOf(const PackSecretKey& key) {
    PackKey pub;
    std::copy_n(key.begin() + 32, 32, pub.begin());
    return pub;
}

std::string trustedNameProblem(const std::string& name) {
    if (trimmed(name).empty()) return "the name is empty: say who holds this key (--name \"…\")";
    if (name.size() > kMaxTrustedNameBytes) return "the name is longer than 100 bytes";
    if (escapeControls(name) != name) return "the name holds control characters (a newline, an escape…)";
    return "";
}

std::vector<TrustedKey> parseTrustedKeys(std::string_view text, std::vector<std::string>& problems) {
    std::vector<TrustedKey> keys;
    int number = 0;
    while (!text.empty()) {
        const size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        ++number;
        if (trimmed(line).empty() || line[0] == '#') continue;
        const size_t space = line.find(' ');
        TrustedKey t;
        const auto key = parseKeyText(line.substr(0, space));
        if (key) t.key = *key;
        if (space != std::string_view::npos) t.name = std::string(trimmed(line.substr(space + 1)));
        if (!key || !trustedNameProblem(t.name).empty()) {
            problems.push_back("line " + std::to_string(number) + " of the trusted keys cannot be read: ignored");
            continue;
        }
        if (keys.size() == kMaxTrustedKeys) { problems.push_back("more than 100 trusted keys: the rest are ignored"); break; }
        if (!findTrusted(keys, t.key)) keys.push_back(std::move(t));
    }
    return keys;
}

std::string trustedKeysText(const std::vector<TrustedKey>& keys) {
    std::string text = "# Keys whose content packs this kiosk applies (repere trust add|list|remove)\n";
    for (const auto& k : keys) text += keyText(k.key) + " " + k.name + "\n";
    return text;
}

std::optional<size_t> findTrusted(const std::vector<TrustedKey>& keys, const PackKey& key) {
    for (size_t i = 0; i < keys.size(); ++i) if (keys[i].key == key) return i;
    return std::nullopt;
}

std::optional<size_t> findTrusted(const std::vector<TrustedKey>& keys, std::string_view text) {
    const std::string hex = plainHex(trimmed(text));
    if (hex.empty()) return std::nullopt;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keyText(keys[i].key) == hex || plainHex(fingerprint(keys[i].key)) == hex) return i;
    }
    return std::nullopt;
}

PackVerdict judgePack(const PackReading& reading, const std::vector<TrustedKey>& trusted) {
    PackVerdict v;
    const std::string who = reading.signer ? "key " + fingerprint(*reading.signer) : "an unreadable key";
    if (!reading.pack) {
        v.message = "refused (signed by " + who + "): " + reading.problem;
        return v;
    }
    const auto found = findTrusted(trusted, *reading.signer);
    if (!found) {
        v.message = "refused: signed by " + who + ", which this kiosk does not trust (repere trust add " +
                    keyText(*reading.signer) + " --name \"…\" if you know whose it is)";
        return v;
    }
    v.accepted = true;
    v.signerName = trusted[*found].name;
    v.message = "signed by " + trusted[*found].name + " (key " + fingerprint(*reading.signer) + "); the signature holds";
    return v;
}

} // namespace core
