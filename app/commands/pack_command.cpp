// `repere pack keygen|create|verify|diff|unpack`: signed content packs (issue 25). The
// pack format and every check are the core's (core/content/content_pack.h); this file
// reads and writes the files and says what happened. Exit status: 0 done, 1 refused
// (bad content, bad or untrusted signature), 2 usage or I/O.
#include <iostream>
#include <memory>
#include <sstream>

#include <sodium.h>

#include "commands/command_line.h"
#include "core/content/content_changes.h"
#include "core/content/content_check.h"
#include "core/content/content_pack.h"
#include "core/content/pack_keys.h"
#include "core/model/diagnostic.h"
#include "io/content/content_file.h"
#include "io/machine/font_files.h"
#include "io/content/pack_files.h"
#include "io/machine/local_clock.h"

namespace commands {
namespace {

struct PackArgs {
    std::string out, dir, key, note, file;
};

std::string packShown(const std::string& s) { return core::escapeControls(s); }

int packKeygen(const PackArgs& a) {
    auto pair = core::makeKeyPair();
    if (!pair) { std::cerr << "repere pack keygen: the signature library could not start\n"; return 2; }
    std::string secret = core::secretKeyText(pair->secretKey);
    sodium_memzero(pair->secretKey.data(), pair->secretKey.size());
    std::string error;
    const bool saved = io::writeNewPrivateFile(a.out, secret, error);
    sodium_memzero(secret.data(), secret.size());
    if (!saved) { std::cerr << "repere pack keygen: " << packShown(error) << " (an existing key is never replaced)\n"; return 2; }
    const std::string pub = core::keyText(pair->publicKey);
    if (!io::writeNewFile(a.out + ".pub", pub + "\n", error)) {
        std::cerr << "repere pack keygen: warning: " << packShown(error) << "; the public key is printed below\n";
    }
    std::cout << "secret key: " << packShown(a.out) << " (mode 0600: keep it off the kiosk and off the stick)\n"
              << "public key: " << pub << "\n"
              << "fingerprint: " << core::fingerprint(pair->publicKey) << "\n"
              << "on each kiosk: repere trust add " << pub << " --name \"…\"\n";
    return 0;
}

// The content of `dir` as pack files, after `repere check` passed on it; none on error.
std::optional<std::vector<core::PackFile>> checkedFiles(const std::string& dir) {
    std::ostringstream check;
    if (core::runCheck(dir, io::contentFileSource(), check, io::kioskGlyphCoverage()) != 0) {
        std::cerr << check.str() << "repere pack create: " << packShown(dir) << " does not pass `repere check`; no pack made\n";
        return std::nullopt;
    }
    std::vector<core::PackFile> files;
    for (const auto& name : core::packFileNames()) {
        const core::FileBytes bytes = io::readContentFile(dir + "/" + name);
        if (!bytes.bytes && name == "SOURCES.md") continue;  // optional: the loader does not read it
        if (!bytes.bytes) { std::cerr << "repere pack create: " << packShown(dir + "/" + name) << ": " << bytes.problem << '\n'; return std::nullopt; }
        files.push_back({name, *bytes.bytes});
    }
    return files;
}

int packCreate(const PackArgs& a) {
    const core::FileBytes keyFile = io::readContentFile(a.key, 4096);
    if (!keyFile.bytes) { std::cerr << "repere pack create: " << packShown(a.key) << ": " << keyFile.problem << '\n'; return 2; }
    auto secret = core::parseSecretKeyText(*keyFile.bytes);
    if (!secret) { std::cerr << "repere pack create: " << packShown(a.key) << " is not a key made by `repere pack keygen`\n"; return 2; }
    const auto files = checkedFiles(a.dir);
    if (!files) { sodium_memzero(secret->data(), secret->size()); return 1; }
    std::string problem;
    const auto pack = core::makePack(*files, io::localDay(), a.note, *secret, problem);
    const core::PackKey signer = core::publicKeyOf(*secret);
    sodium_memzero(secret->data(), secret->size());
    if (!pack) { std::cerr << "repere pack create: " << packShown(problem) << '\n'; return 1; }
    std::string error;
    if (!io::writeNewFile(a.out, *pack, error)) { std::cerr << "repere pack create: " << packShown(error) << '\n'; return 2; }
    std::cout << "pack: " << packShown(a.out) << " (" << files->size() << " files, " << pack->size() << " bytes)\n"
              << "signed by key " << core::fingerprint(signer) << '\n';
    return 0;
}

// The pack file read and judged against the data directory's trusted keys; prints the
// verdict. `reading` is filled for the caller.
core::PackVerdict readAndJudge(const std::string& file, const std::string& data, core::PackReading& reading, const char* who) {
    const core::FileBytes bytes = io::readPackFile(file);
    if (!bytes.bytes) {
        reading.problem = "cannot read the pack: " + bytes.problem;
    } else {
        reading = core::readPack(*bytes.bytes);
    }
    std::vector<std::string> problems;
    const auto trusted = io::loadTrustedKeys(data, problems);
    for (const auto& p : problems) std::cerr << who << ": warning: " << packShown(p) << '\n';
    const core::PackVerdict verdict = core::judgePack(reading, trusted);
    (verdict.accepted ? std::cout : std::cerr) << who << ": " << packShown(file) << ": " << packShown(verdict.message) << '\n';
    return verdict;
}

int packVerify(const PackArgs& a, const std::string& data) {
    core::PackReading reading;
    const core::PackVerdict verdict = readAndJudge(a.file, data, reading, "repere pack verify");
    if (reading.signer) std::cout << "signer: " << core::fingerprint(*reading.signer) << " (" << core::keyText(*reading.signer) << ")\n";
    if (reading.pack) {
        std::cout << "trusted as: " << (verdict.accepted ? packShown(verdict.signerName) : "(not trusted)") << '\n'
                  << "date: " << reading.pack->date << '\n'
                  << "note: " << packShown(reading.pack->note) << '\n';
        for (const auto& f : reading.pack->files) std::cout << "file: " << f.name << " (" << f.bytes.size() << " bytes)\n";
    }
    return verdict.accepted ? 0 : 1;
}

int packUnpack(const PackArgs& a, const std::string& data) {
    core::PackReading reading;
    if (!readAndJudge(a.file, data, reading, "repere pack unpack").accepted) return 1;
    std::string error;
    if (!io::unpackInto(*reading.pack, a.out, error)) { std::cerr << "repere pack unpack: " << packShown(error) << '\n'; return 2; }
    return 0;
}

int packDiff(const PackArgs& a, const CommandLine& line) {
    core::PackReading reading;
    const core::PackVerdict verdict = readAndJudge(a.file, line.dataDirectory(), reading, "repere pack diff");
    if (!reading.pack) return 1;
    const core::ContentChoice current = loadChosenContent(line);
    if (!current.content) { std::cerr << "repere pack diff: no current content to compare with\n"; return 2; }
    const std::string name = "pack:" + a.file;
    const core::LoadResult next = core::loadContent(name, core::packFileSource(*reading.pack, name));
    if (!next.content) {
        for (const auto& d : next.diagnostics) std::cerr << core::format(d) << '\n';
        std::cerr << "repere pack diff: the pack's content has errors; it would not be applied\n";
        return 1;
    }
    std::cout << "changes from " << packShown(current.content->directory) << " to " << packShown(a.file) << " (" << reading.pack->date
              << "; note: " << packShown(reading.pack->note) << "):\n";
    // Said in --lang (English by default) with the current content's own strings, as the panel does.
    const core::LanguageIndex lang = current.content->languageIndex(line.lang.empty() ? "en" : line.lang)
                                         .value_or(current.content->defaultLanguage);
    for (const auto& l : core::describeChanges(core::compareContent(*current.content, *next.content), *current.content, lang)) {
        std::cout << l.text << '\n';
    }
    return verdict.accepted ? 0 : 1;
}

} // namespace

Subcommand addPackCommand(CLI::App& app, CommandLine& line) {
    auto a = std::make_shared<PackArgs>();
    auto* pack = app.add_subcommand("pack", "Signed content packs: make a key, make a pack, verify it, see what it changes");
    pack->require_subcommand(1);
    auto* keygen = pack->add_subcommand("keygen", "Make an Ed25519 key pair for signing packs");
    keygen->add_option("--out", a->out, "Secret key file to create (mode 0600); the public key goes to FILE.pub")->required();
    auto* create = pack->add_subcommand("create", "Make a signed pack from a content directory that passes `repere check`");
    create->add_option("DIR", a->dir, "Content directory")->required();
    create->add_option("--key", a->key, "Secret key file (from `repere pack keygen`)")->required();
    create->add_option("--out", a->out, "Pack file to create")->required();
    create->add_option("--note", a->note, "What changed, in a few words, for the team that applies it");
    auto* verify = pack->add_subcommand("verify", "Say who signed a pack and whether its signature holds; exit 1 unless trusted");
    verify->add_option("FILE", a->file, "Pack file")->required();
    verify->add_option("--data", line.dataDir, "Data directory holding the trusted keys (default: $XDG_DATA_HOME/repere)");
    auto* diff = pack->add_subcommand("diff", "What a pack changes from the current content");
    diff->add_option("FILE", a->file, "Pack file")->required();
    diff->add_option("--content", line.contentDir, "Content to compare with (default: what the kiosk runs)");
    diff->add_option("--data", line.dataDir, "Data directory (default: $XDG_DATA_HOME/repere)");
    diff->add_option("--lang", line.lang, "Language of the lines (default: en)");
    auto* unpack = pack->add_subcommand("unpack", "Write a trusted pack's files into an empty directory (repere-update-content)");
    unpack->add_option("FILE", a->file, "Pack file")->required();
    unpack->add_option("--out", a->out, "Existing directory to write the files into")->required();
    unpack->add_option("--data", line.dataDir, "Data directory holding the trusted keys");
    return {pack, [&line, a, keygen, create, verify, diff, unpack] {
                if (*keygen) return packKeygen(*a);
                if (*create) return packCreate(*a);
                if (*verify) return packVerify(*a, line.dataDirectory());
                if (*diff) return packDiff(*a, line);
                if (*unpack) return packUnpack(*a, line.dataDirectory());
                return 2;
            }};
}

} // namespace commands
