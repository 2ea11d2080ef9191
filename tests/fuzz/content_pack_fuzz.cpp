// Fuzz target: the content pack reader. The first byte picks how the rest is used:
//  even: the bytes are a pack file as read from a stick (signed by anyone, or not a pack);
//  odd:  the bytes up to the first NUL are a manifest and the rest the files' bytes, signed
//        here with a fixed test key, so the manifest parser and the file checks are reached
//        past the signature.
// Whatever the bytes: no crash or hang; a pack is returned only within the limits (known
// names, each once, at most 7 files, 4 MB each, 16 MB in all, a real date), it reads back
// the same once made again, and only a trusted signer's pack is ever accepted.
#include <sodium.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>

#include "core/content/content_pack.h"
#include "core/content/pack_keys.h"
#include "core/model/calendar_day.h"

namespace {

const core::PackKeyPair& testKey() {
    static const core::PackKeyPair pair = [] {
        core::PackKeyPair p;
        unsigned char seed[crypto_sign_SEEDBYTES] = {'r', 'e', 'p', 'e', 'r', 'e', '-', 'f', 'u', 'z', 'z'};
        if (sodium_init() < 0) std::abort();
        crypto_sign_seed_keypair(p.publicKey.data(), p.secretKey.data(), seed);
        return p;
    }();
    return pair;
}

void checkWithinLimits(const core::ContentPack& pack) {
    if (pack.files.empty() || pack.files.size() > core::kMaxPackFiles || !core::isDay(pack.date)) std::abort();
    std::set<std::string> names;
    size_t total = 0;
    const auto& allowed = core::packFileNames();
    for (const auto& f : pack.files) {
        if (!names.insert(f.name).second) std::abort();
        if (std::find(allowed.begin(), allowed.end(), f.name) == allowed.end()) std::abort();
        if (f.bytes.size() > core::kMaxContentFileBytes) std::abort();
        total += f.bytes.size();
    }
    if (total > core::kMaxPackContentBytes) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const std::string rest(reinterpret_cast<const char*>(data + 1), size - 1);
    std::string bytes = rest;
    if (data[0] % 2) {
        const size_t nul = rest.find('\0');
        const std::string manifest = rest.substr(0, nul);
        const std::string body = nul == std::string::npos ? "" : rest.substr(nul + 1);
        bytes = core::assemblePack(manifest, body, testKey().secretKey);
    }
    const core::PackReading r = core::readPack(bytes);
    if (r.pack.has_value() == !r.problem.empty()) std::abort();  // a pack, or a reason: never both, never neither
    if (!r.pack) {
        if (core::judgePack(r, {{testKey().publicKey, "test"}}).accepted) std::abort();
        return 0;
    }
    checkWithinLimits(*r.pack);
    if (core::judgePack(r, {}).accepted) std::abort();  // nobody trusted: nothing accepted
    if (core::judgePack(r, {{r.pack->signer, "signer"}}).accepted != true) std::abort();
    std::string problem;
    const auto again = core::makePack(r.pack->files, r.pack->date, r.pack->note, testKey().secretKey, problem);
    if (!again) std::abort();
    const core::PackReading back = core::readPack(*again);
    if (!back.pack || back.pack->note != r.pack->note || back.pack->files.size() != r.pack->files.size()) std::abort();
    for (size_t i = 0; i < back.pack->files.size(); ++i) {
        if (back.pack->files[i].name != r.pack->files[i].name || back.pack->files[i].bytes != r.pack->files[i].bytes) std::abort();
    }
    return 0;
}
