// Reading and making signed content packs (see content_pack.h for the layout). The
// signature is checked before the manifest is believed, and every size is checked before
// a byte of a file is copied: a pack crafted to be huge or inconsistent costs no more
// than its (bounded) length to refuse.
#include "core/content/content_pack.h"
#include "core/content/pack_keys.h"

#include <sodium.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

#include "core/model/calendar_day.h"
#include "core/model/diagnostic.h"

namespace core {
namespace {

constexpr std::string_view kMagic = "RPRPACK1";
constexpr std::string_view kFirstLine = "repere-pack 1";

std::string sha256Hex(std::string_view bytes) {
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return hexOf(hash, sizeof hash);
}

std::string escapeNote(const std::string& note) {
    std::string out;
    for (char c : note) {
        if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else out += c;
    }
    return out;
}

std::optional<std::string> unescapeNote(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') { out += text[i]; continue; }
        if (++i == text.size()) return std::nullopt;
        if (text[i] == 'n') out += '\n';
        else if (text[i] == '\\') out += '\\';
        else return std::nullopt;
    }
    return out;
}

struct ManifestEntry {
    std::string name;
    size_t size = 0;
    std::string hash;
};

struct Manifest {
    std::string date, note;
    std::vector<ManifestEntry> files;
};

std::vector<std::string_view> linesOf(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const size_t end = text.find('\n');
        lines.push_back(text.substr(0, end));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

// Why a name in a manifest is refused, or "".
std::string nameProblem(const std::string& name) {
    if (name.find('/') != std::string::npos || name.find('\\') != std::string::npos || name.find("..") != std::string::npos) {
        return "'" + escapeControls(name) + "' is a path outside the pack: a pack holds content files by name only";
    }
    const auto& allowed = packFileNames();
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
        return "'" + escapeControls(name) + "' is not a content file (a pack holds only meta.toml, questions.toml, "
               "advice.toml, services.toml, strings.toml, profiles.toml and SOURCES.md)";
    }
    return "";
}

// "file NAME SIZE HASH" into `entry`; a sentence when it is not one.
std::string readFileLine(std::string_view line, ManifestEntry& entry) {
    line.remove_prefix(5);
    const size_t a = line.find(' '), b = a == std::string_view::npos ? a : line.find(' ', a + 1);
    if (b == std::string_view::npos) return "a file line of the manifest is not 'file NAME SIZE SHA256'";
    entry.name = std::string(line.substr(0, a));
    const std::string_view size = line.substr(a + 1, b - a - 1);
    entry.hash = std::string(line.substr(b + 1));
    if (const std::string why = nameProblem(entry.name); !why.empty()) return why;
    if (size.empty() || size.size() > 9 || !std::all_of(size.begin(), size.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return "the size of " + entry.name + " in the manifest is not a number";
    }
    entry.size = std::stoul(std::string(size));
    if (entry.size > kMaxContentFileBytes) return entry.name + " is larger than 4 MB";
    if (entry.hash.size() != 64 || !std::all_of(entry.hash.begin(), entry.hash.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        })) {
        return "the hash of " + entry.name + " in the manifest is not a SHA-256 in hexadecimal";
    }
    return "";
}

// The manifest's fields, checked; a sentence when they do not hold.
std::string readManifest(std::string_view text, Manifest& m) {
    const auto lines = linesOf(text);
    if (lines.size() < 4 || lines[0] != kFirstLine) return "the manifest is not a Repère pack manifest (version 1)";
    if (lines.size() > 3 + kMaxPackFiles) {
        return "the pack lists " + std::to_string(lines.size() - 3) + " files; content is at most " + std::to_string(kMaxPackFiles);
    }
    if (lines[1].substr(0, 5) != "date " || !isDay(std::string(lines[1].substr(5)))) return "the pack's date is not a day (YYYY-MM-DD)";
    m.date = std::string(lines[1].substr(5));
    if (lines[2].substr(0, 5) != "note ") return "the manifest has no note line";
    const auto note = unescapeNote(lines[2].substr(5));
    if (!note) return "the pack's note is not written as a manifest note";
    m.note = *note;
    std::set<std::string> seen;
    size_t total = 0;
    for (size_t i = 3; i < lines.size(); ++i) {
        if (lines[i].substr(0, 5) != "file ") return "line " + std::to_string(i + 1) + " of the manifest is not a file line";
        ManifestEntry entry;
        if (const std::string why = readFileLine(lines[i], entry); !why.empty()) return why;
        if (!seen.insert(entry.name).second) return entry.name + " is listed twice in the manifest";
        total += entry.size;
        if (total > kMaxPackContentBytes) return "the pack's files are larger than 16 MB in all";
        m.files.push_back(std::move(entry));
    }
    return "";
}

uint32_t readLength(std::string_view bytes) {
    uint32_t n = 0;
    for (size_t i = 0; i < 4; ++i) n = (n << 8) | static_cast<unsigned char>(bytes[i]);
    return n;
}

std::string lengthBytes(uint32_t n) {
    std::string out(4, '\0');
    for (size_t i = 0; i < 4; ++i) out[i] = static_cast<char>((n >> (24 - 8 * i)) & 0xff);
    return out;
}

// The files' bytes after the manifest, checked against it.
std::string readFiles(std::string_view body, const Manifest& m, ContentPack& pack) {
    size_t expected = 0;
    for (const auto& f : m.files) expected += f.size;
    if (body.size() < expected) {
        return "the pack is truncated (" + std::to_string(body.size()) + " of " + std::to_string(expected) +
               " bytes of content): it was not read whole, nothing is used";
    }
    if (body.size() > expected) return "the pack has " + std::to_string(body.size() - expected) + " bytes after its last file";
    for (const auto& f : m.files) {
        const std::string_view bytes = body.substr(0, f.size);
        body.remove_prefix(f.size);
        if (sha256Hex(bytes) != f.hash) return f.name + " does not match its hash in the manifest: it was changed after signing";
        pack.files.push_back({f.name, std::string(bytes)});
    }
    return "";
}

} // namespace

const std::vector<std::string>& packFileNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> n = contentFiles();
        n.push_back("SOURCES.md");
        return n;
    }();
    return names;
}

PackReading readPack(std::string_view bytes) {
    PackReading r;
    if (sodium_init() < 0) { r.problem = "the signature library could not start"; return r; }
    if (bytes.size() < kMagic.size() || bytes.substr(0, kMagic.size()) != kMagic) {
        r.problem = "not a Repère content pack";
        return r;
    }
    if (bytes.size() < kPackHeaderBytes) { r.problem = "the pack is truncated (its header is incomplete)"; return r; }
    if (bytes.size() > kMaxPackBytes) { r.problem = "the pack is larger than a pack can be (16 MB of content)"; return r; }
    PackKey signer;
    std::copy_n(reinterpret_cast<const unsigned char*>(bytes.data()) + 8, signer.size(), signer.begin());
    r.signer = signer;
    const auto* signature = reinterpret_cast<const unsigned char*>(bytes.data()) + 40;
    const uint32_t length = readLength(bytes.substr(104, 4));
    if (length > kMaxPackManifestBytes) {
        r.problem = "the manifest is larger than 64 KB: a pack holds at most " + std::to_string(kMaxPackFiles) + " files";
        return r;
    }
    if (bytes.size() - kPackHeaderBytes < length) { r.problem = "the pack is truncated (its manifest is incomplete)"; return r; }
    const std::string_view manifest = bytes.substr(kPackHeaderBytes, length);
    if (crypto_sign_verify_detached(signature, reinterpret_cast<const unsigned char*>(manifest.data()), manifest.size(),
                                    signer.data()) != 0) {
        r.problem = "the signature does not hold: the manifest was changed after signing, or not signed by the key it names";
        return r;
    }
    Manifest m;
    if (std::string why = readManifest(manifest, m); !why.empty()) { r.problem = std::move(why); return r; }
    ContentPack pack;
    pack.signer = signer;
    pack.date = m.date;
    pack.note = m.note;
    if (std::string why = readFiles(bytes.substr(kPackHeaderBytes + length), m, pack); !why.empty()) {
        r.problem = std::move(why);
        return r;
    }
    r.pack = std::move(pack);
    return r;
}

std::string manifestLine(const PackFile& file) {
    return "file " + file.name + " " + std::to_string(file.bytes.size()) + " " + sha256Hex(file.bytes) + "\n";
}

std::string assemblePack(const std::string& manifest, const std::string& body, const PackSecretKey& secret) {
    if (sodium_init() < 0) return "";
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(manifest.data()), manifest.size(),
                         secret.data());
    std::string out(kMagic);
    out.append(reinterpret_cast<const char*>(secret.data()) + 32, 32);  // libsodium keeps the public key there
    out.append(reinterpret_cast<const char*>(signature), sizeof signature);
    out += lengthBytes(static_cast<uint32_t>(manifest.size()));
    out += manifest;
    out += body;
    return out;
}

std::optional<std::string> makePack(const std::vector<PackFile>& files, const std::string& date, const std::string& note,
                                    const PackSecretKey& secret, std::string& problem) {
    if (!isDay(date)) { problem = "the date '" + escapeControls(date) + "' is not a day (YYYY-MM-DD)"; return std::nullopt; }
    if (files.empty() || files.size() > kMaxPackFiles) { problem = "a pack holds 1 to 7 content files"; return std::nullopt; }
    std::string manifest = std::string(kFirstLine) + "\ndate " + date + "\nnote " + escapeNote(note) + "\n";
    std::string body;
    std::set<std::string> seen;
    for (const auto& f : files) {
        if (std::string why = nameProblem(f.name); !why.empty()) { problem = why; return std::nullopt; }
        if (!seen.insert(f.name).second) { problem = f.name + " is given twice"; return std::nullopt; }
        if (f.bytes.size() > kMaxContentFileBytes) { problem = f.name + " is larger than 4 MB"; return std::nullopt; }
        manifest += manifestLine(f);
        body += f.bytes;
    }
    if (body.size() > kMaxPackContentBytes) { problem = "the content files are larger than 16 MB in all"; return std::nullopt; }
    if (manifest.size() > kMaxPackManifestBytes) { problem = "the note is too long (the manifest is at most 64 KB)"; return std::nullopt; }
    return assemblePack(manifest, body, secret);
}

FileSource packFileSource(const ContentPack& pack, const std::string& directory) {
    std::map<std::string, std::string> byPath;
    for (const auto& f : pack.files) byPath[directory + "/" + f.name] = f.bytes;
    return [byPath = std::move(byPath)](const std::string& path) -> FileBytes {
        const auto found = byPath.find(path);
        if (found == byPath.end()) return FileBytes::refused("is not in the pack (every content directory needs it)");
        return FileBytes{found->second};
    };
}

} // namespace core
