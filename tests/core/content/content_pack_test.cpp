// Signed content packs: a pack of the shipped content reads back whole, and every way a
// pack can be wrong (tampered file or manifest, wrong or unknown key, truncated, a path
// with "..", 10,000 files, trailing bytes) gives no pack, with a sentence saying why.
#include <doctest/doctest.h>

#include <chrono>

#include "core/content/content_pack.h"
#include "core/content/pack_keys.h"
#include "io/content/content_file.h"
#include "support/content_fixture.h"

namespace {

std::vector<core::PackFile> shippedFiles() {
    std::vector<core::PackFile> files;
    for (const auto& name : core::packFileNames()) {
        const auto bytes = io::readContentFile(testing::shippedContentDir() + "/" + name);
        REQUIRE_MESSAGE(bytes.bytes, name);
        files.push_back({name, *bytes.bytes});
    }
    return files;
}

const core::PackKeyPair& team() {
    static const core::PackKeyPair pair = *core::makeKeyPair();
    return pair;
}

std::string shippedPack(const std::string& note = "Lyon services\nand a card corrected") {
    std::string problem;
    const auto pack = core::makePack(shippedFiles(), "2026-12-01", note, team().secretKey, problem);
    REQUIRE_MESSAGE(pack, problem);
    return *pack;
}

std::string manifestHead() { return "repere-pack 1\ndate 2026-12-01\nnote test\n"; }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("content pack: the shipped content packed, read back whole and loadable") {
    const std::string bytes = shippedPack();
    const core::PackReading r = core::readPack(bytes);
    REQUIRE_MESSAGE(r.pack, r.problem);
    CHECK(r.pack->signer == team().publicKey);
    CHECK(r.pack->date == "2026-12-01");
    CHECK(r.pack->note == "Lyon services\nand a card corrected");
    const auto files = shippedFiles();
    REQUIRE(r.pack->files.size() == files.size());
    for (size_t i = 0; i < files.size(); ++i) {
        CHECK(r.pack->files[i].name == files[i].name);
        CHECK(r.pack->files[i].bytes == files[i].bytes);
    }
    const core::LoadResult loaded = core::loadContent("pack", core::packFileSource(*r.pack, "pack"));
    REQUIRE(loaded.content);
    CHECK(loaded.content->services.size() == testing::shippedContent().services.size());
}

TEST_CASE("content pack: a note with backslashes and newlines survives, a note too long is refused") {
    const auto r = core::readPack(shippedPack("a\\nb\\\\\nc"));
    REQUIRE(r.pack);
    CHECK(r.pack->note == "a\\nb\\\\\nc");
    std::string problem;
    CHECK_FALSE(core::makePack(shippedFiles(), "2026-12-01", std::string(70000, 'x'), team().secretKey, problem));
    CHECK(contains(problem, "note is too long"));
}

TEST_CASE("content pack: a tampered file is refused by its hash") {
    std::string bytes = shippedPack();
    bytes[bytes.size() - 10] ^= 0x01;  // inside the last file's bytes
    const auto r = core::readPack(bytes);
    CHECK_FALSE(r.pack);
    CHECK(contains(r.problem, "does not match its hash in the manifest"));
    REQUIRE(r.signer);  // who signed it is still said
    CHECK(*r.signer == team().publicKey);
}

TEST_CASE("content pack: a tampered manifest breaks the signature") {
    std::string bytes = shippedPack();
    const size_t at = bytes.find("date 2026-12-01");
    REQUIRE(at != std::string::npos);
    bytes[at + 14] = '2';  // 2026-12-02
    const auto r = core::readPack(bytes);
    CHECK_FALSE(r.pack);
    CHECK(contains(r.problem, "signature does not hold"));
}

TEST_CASE("content pack: signed with another key than the one it names") {
    std::string bytes = shippedPack();
    const auto other = *core::makeKeyPair();
    std::copy(other.publicKey.begin(), other.publicKey.end(), bytes.begin() + 8);
    const auto r = core::readPack(bytes);
    CHECK_FALSE(r.pack);
    CHECK(contains(r.problem, "signature does not hold"));
    const auto verdict = core::judgePack(r, {{other.publicKey, "Other team"}});
    CHECK_FALSE(verdict.accepted);
    CHECK(contains(verdict.message, core::fingerprint(other.publicKey)));
}

TEST_CASE("content pack: a key the kiosk does not trust is refused, naming its fingerprint") {
    const auto r = core::readPack(shippedPack());
    REQUIRE(r.pack);
    const auto stranger = *core::makeKeyPair();
    const auto refused = core::judgePack(r, {{stranger.publicKey, "Someone else"}});
    CHECK_FALSE(refused.accepted);
    CHECK(contains(refused.message, core::fingerprint(team().publicKey)));
    CHECK(contains(refused.message, "does not trust"));
    CHECK_FALSE(core::judgePack(r, {}).accepted);
    const auto accepted = core::judgePack(r, {{stranger.publicKey, "Someone else"}, {team().publicKey, "Équipe Lyon"}});
    CHECK(accepted.accepted);
    CHECK(accepted.signerName == "Équipe Lyon");
    CHECK(contains(accepted.message, core::fingerprint(team().publicKey)));
}

TEST_CASE("content pack: every truncation gives no pack") {
    const std::string bytes = shippedPack();
    int refused = 0, tried = 0;
    // Every length of the header and manifest, then steps through the files and their end.
    for (size_t n = 0; n < bytes.size(); n += (n < 4096 || n + 4096 > bytes.size()) ? 1 : 997) {
        ++tried;
        const auto r = core::readPack(std::string_view(bytes).substr(0, n));
        if (!r.pack) ++refused;
        if (n >= core::kPackHeaderBytes + 4096 && n + 1 < bytes.size()) CHECK_MESSAGE(contains(r.problem, "truncated"), n);
    }
    CHECK(tried > 7000);  // every length near both ends was tried
    CHECK(refused == tried);
}

TEST_CASE("content pack: bytes after the last file are refused") {
    const auto r = core::readPack(shippedPack() + "x");
    CHECK_FALSE(r.pack);
    CHECK(contains(r.problem, "1 bytes after its last file"));
}

TEST_CASE("content pack: a path with '..' or a directory, or a name that is not content") {
    const core::PackFile evil{"../meta.toml", "x"};
    for (const std::string name : {"../meta.toml", "sub/meta.toml", "/etc/passwd", ".."}) {
        const auto r = core::readPack(core::assemblePack(manifestHead() + core::manifestLine({name, "x"}), "x", team().secretKey));
        CHECK_FALSE(r.pack);
        CHECK_MESSAGE(contains(r.problem, "is a path outside the pack"), name, ": ", r.problem);
    }
    const auto stray = core::readPack(core::assemblePack(manifestHead() + core::manifestLine({"notes.txt", "x"}), "x", team().secretKey));
    CHECK(contains(stray.problem, "is not a content file"));
    std::string problem;
    CHECK_FALSE(core::makePack({evil}, "2026-12-01", "", team().secretKey, problem));
    CHECK(contains(problem, "outside the pack"));
}

TEST_CASE("content pack: 10,000 files are refused at once, 8 files by count, a name twice") {
    std::string manifest = manifestHead();
    for (int i = 0; i < 10000; ++i) manifest += core::manifestLine({"meta.toml", ""});
    const auto start = std::chrono::steady_clock::now();
    const auto r = core::readPack(core::assemblePack(manifest, "", team().secretKey));
    CHECK_FALSE(r.pack);
    CHECK(contains(r.problem, "manifest is larger than 64 KB"));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));

    std::string eight = manifestHead();
    for (const char* name : {"meta.toml", "questions.toml", "advice.toml", "services.toml", "strings.toml", "profiles.toml",
                             "SOURCES.md", "meta.toml"}) {
        eight += core::manifestLine({name, ""});
    }
    const auto many = core::readPack(core::assemblePack(eight, "", team().secretKey));
    CHECK(contains(many.problem, "lists 8 files; content is at most 7"));

    const auto twice = core::readPack(core::assemblePack(
        manifestHead() + core::manifestLine({"meta.toml", ""}) + core::manifestLine({"meta.toml", ""}), "", team().secretKey));
    CHECK(contains(twice.problem, "listed twice"));
}

TEST_CASE("content pack: sizes beyond the limits are refused before anything is copied") {
    const std::string big = "file meta.toml 4194305 " + std::string(64, '0') + "\n";
    CHECK(contains(core::readPack(core::assemblePack(manifestHead() + big, "", team().secretKey)).problem, "larger than 4 MB"));
    std::string header = shippedPack().substr(0, core::kPackHeaderBytes);
    header[104] = '\x7f';  // a manifest length of about 2 GB
    CHECK(contains(core::readPack(header).problem, "manifest is larger than 64 KB"));
    CHECK(contains(core::readPack("hello").problem, "not a Repère content pack"));
    CHECK(contains(core::readPack(std::string(core::kMaxPackBytes + 1, 'R').replace(0, 8, "RPRPACK1")).problem, "larger than"));
}

TEST_CASE("content pack: a manifest that is not one") {
    for (const std::string& manifest : {std::string("repere-pack 2\ndate 2026-12-01\nnote x\nfile meta.toml 0 x\n"),
                                        std::string("repere-pack 1\ndate 2026-13-01\nnote x\n") + core::manifestLine({"meta.toml", ""}),
                                        std::string("repere-pack 1\ndate 2026-12-01\nnote bad\\q\n") + core::manifestLine({"meta.toml", ""}),
                                        std::string("repere-pack 1\ndate 2026-12-01\nnote x\nfile meta.toml -1 abc\n")}) {
        const auto r = core::readPack(core::assemblePack(manifest, "", team().secretKey));
        CHECK_FALSE(r.pack);
        CHECK_FALSE(r.problem.empty());
    }
}
