// Signed content packs: one file holding a content directory's files and a manifest (each
// file's size and SHA-256, the pack's date, a free "what changed" note), signed with
// Ed25519. Pure: bytes in, structure out; reading the file (a USB stick that can vanish)
// is io's job. A pack is read whole or not at all: any problem, a truncated file
// included, gives no pack, so a half-read pack can change nothing.
//
// Layout (all of it bounded before anything is allocated):
//   "RPRPACK1"                 8 bytes, the format
//   signer's public key        32 bytes (Ed25519)
//   signature of the manifest  64 bytes (Ed25519, detached)
//   manifest length            4 bytes, big-endian, at most kMaxPackManifestBytes
//   manifest                   text, one field a line:
//                                repere-pack 1
//                                date YYYY-MM-DD
//                                note TEXT            (\n and \\ escaped)
//                                file NAME SIZE SHA256-HEX     (one line per file)
//   the files' bytes           in manifest order, nothing after the last
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/content_loader.h"
#include "core/content/file_bytes.h"

namespace core {

using PackKey = std::array<unsigned char, 32>;        // an Ed25519 public key
using PackSecretKey = std::array<unsigned char, 64>;  // an Ed25519 secret key (libsodium's form)

// The limits a pack is read with: the content's own (repere-update-content's: seven names,
// 4 MB a file, 16 MB in all), and a manifest that can list no more than that.
constexpr size_t kMaxPackFiles = 7;
constexpr size_t kMaxPackContentBytes = 16 * 1024 * 1024;
constexpr size_t kMaxPackManifestBytes = 64 * 1024;
constexpr size_t kPackHeaderBytes = 8 + 32 + 64 + 4;
constexpr size_t kMaxPackBytes = kPackHeaderBytes + kMaxPackManifestBytes + kMaxPackContentBytes;

struct PackFile {
    std::string name;   // one of packFileNames()
    std::string bytes;
};

struct ContentPack {
    PackKey signer{};
    std::string date;  // YYYY-MM-DD, as the pack's maker wrote it
    std::string note;  // the maker's "what changed", free text (may hold newlines)
    std::vector<PackFile> files;  // in manifest order
};

struct PackReading {
    std::optional<ContentPack> pack;  // only when the whole pack holds together and its signature holds
    std::optional<PackKey> signer;    // who the pack says signed it, once the header could be read
    std::string problem;              // why there is no pack: a sentence
};

// The names a pack may hold: the loader's contentFiles() and SOURCES.md.
const std::vector<std::string>& packFileNames();

// Reads and checks a pack: format, limits, names, the signature (against the key the
// pack names: whether that key is trusted is checkTrust's question), each file's hash.
PackReading readPack(std::string_view bytes);

// A pack of `files` (names from packFileNames(), each once), signed with `secret`.
// None, with `problem` set, when a name or size is refused.
std::optional<std::string> makePack(const std::vector<PackFile>& files, const std::string& date, const std::string& note,
                                    const PackSecretKey& secret, std::string& problem);

// The low level of makePack, for tests and the fuzzer: `manifest` signed as given and
// followed by `body`, whether or not they make sense.
std::string assemblePack(const std::string& manifest, const std::string& body, const PackSecretKey& secret);
std::string manifestLine(const PackFile& file);  // "file NAME SIZE SHA256\n"

// The loader's view of a pack: its files under `directory` ("<directory>/meta.toml").
FileSource packFileSource(const ContentPack& pack, const std::string& directory);

} // namespace core
