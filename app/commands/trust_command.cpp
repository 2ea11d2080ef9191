// `repere trust add|list|remove`: the keys whose content packs this kiosk applies, kept
// in the data directory (io/pack_files.h: a file of mode 0600, never in the statistics).
// Run once at set-up, by root or the kiosk user.
#include <iostream>
#include <memory>

#include "commands/command_line.h"
#include "core/content/pack_keys.h"
#include "core/model/diagnostic.h"
#include "io/content/content_file.h"
#include "io/content/pack_files.h"

namespace commands {
namespace {

struct TrustArgs {
    std::string key, name;
};

// A key given as its 64 hex digits, or as the .pub file `repere pack keygen` wrote.
std::optional<core::PackKey> keyGiven(const std::string& text) {
    if (auto key = core::parseKeyText(text)) return key;
    const core::FileBytes file = io::readContentFile(text, 4096);
    return file.bytes ? core::parseKeyText(*file.bytes) : std::nullopt;
}

std::vector<core::TrustedKey> trustedNow(const std::string& data) {
    std::vector<std::string> problems;
    auto keys = io::loadTrustedKeys(data, problems);
    for (const auto& p : problems) std::cerr << "repere trust: warning: " << core::escapeControls(p) << '\n';
    return keys;
}

int saved(const std::string& data, const std::vector<core::TrustedKey>& keys) {
    std::string error;
    if (io::saveTrustedKeys(data, keys, error)) return 0;
    std::cerr << "repere trust: not saved: " << core::escapeControls(error) << '\n';
    return 2;
}

int trustAdd(const TrustArgs& a, const std::string& data) {
    const auto key = keyGiven(a.key);
    if (!key) { std::cerr << "repere trust add: '" << core::escapeControls(a.key) << "' is not a public key (64 hex digits, or a .pub file)\n"; return 2; }
    if (const std::string why = core::trustedNameProblem(a.name); !why.empty()) { std::cerr << "repere trust add: " << why << '\n'; return 2; }
    auto keys = trustedNow(data);
    if (const auto found = core::findTrusted(keys, *key)) {
        std::cerr << "repere trust add: key " << core::fingerprint(*key) << " is already trusted as " << keys[*found].name << '\n';
        return 1;
    }
    if (keys.size() >= core::kMaxTrustedKeys) { std::cerr << "repere trust add: already 100 trusted keys; remove one first\n"; return 2; }
    keys.push_back({*key, a.name});
    if (const int status = saved(data, keys)) return status;
    std::cout << "trusted: " << a.name << " (key " << core::fingerprint(*key) << ") in " << io::trustedKeysPath(data) << '\n';
    return 0;
}

int trustList(const std::string& data) {
    const auto keys = trustedNow(data);
    if (keys.empty()) std::cout << "no trusted keys: every pack is refused (repere trust add PUBKEY --name \"…\")\n";
    for (const auto& k : keys) std::cout << core::fingerprint(k.key) << "  " << k.name << "  " << core::keyText(k.key) << '\n';
    return 0;
}

int trustRemove(const TrustArgs& a, const std::string& data) {
    auto keys = trustedNow(data);
    const auto found = core::findTrusted(keys, a.key);
    if (!found) { std::cerr << "repere trust remove: no trusted key is '" << core::escapeControls(a.key) << "' (see repere trust list)\n"; return 1; }
    const core::TrustedKey gone = keys[*found];
    keys.erase(keys.begin() + static_cast<long>(*found));
    if (const int status = saved(data, keys)) return status;
    std::cout << "no longer trusted: " << gone.name << " (key " << core::fingerprint(gone.key) << ")\n";
    return 0;
}

} // namespace

Subcommand addTrustCommand(CLI::App& app, CommandLine& line) {
    auto a = std::make_shared<TrustArgs>();
    auto* trust = app.add_subcommand("trust", "The keys whose content packs this kiosk applies");
    trust->require_subcommand(1);
    auto* add = trust->add_subcommand("add", "Trust a key (from `repere pack keygen`)");
    add->add_option("PUBKEY", a->key, "Public key: 64 hex digits, or the KEYFILE.pub file")->required();
    add->add_option("--name", a->name, "Whose key it is, as the team should read it")->required();
    auto* list = trust->add_subcommand("list", "List the trusted keys: fingerprint, name, key");
    auto* remove = trust->add_subcommand("remove", "Stop trusting a key");
    remove->add_option("KEY", a->key, "Public key or fingerprint (as `repere trust list` shows it)")->required();
    for (auto* c : {add, list, remove}) c->add_option("--data", line.dataDir, "Data directory (default: $XDG_DATA_HOME/repere)");
    return {trust, [&line, a, add, list, remove] {
                if (*add) return trustAdd(*a, line.dataDirectory());
                if (*list) return trustList(line.dataDirectory());
                if (*remove) return trustRemove(*a, line.dataDirectory());
                return 2;
            }};
}

} // namespace commands
