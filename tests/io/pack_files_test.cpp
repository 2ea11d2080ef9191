// Packs on disk: the stick pulled mid-read gives no bytes (so no pack and no change), a
// short read is a truncated pack, unpacking never replaces a file or follows a link, and
// the trusted keys are a 0600 file in the data directory.
#include <doctest/doctest.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

#include "core/content/content_pack.h"
#include "core/content/pack_keys.h"
#include "io/content/content_file.h"
#include "io/content/pack_files.h"
#include "support/scratch.h"

namespace fs = std::filesystem;

namespace {

std::string smallPack(const core::PackKeyPair& key) {
    std::string problem;
    const auto pack = core::makePack({{"meta.toml", std::string(300000, 'm')}, {"SOURCES.md", "sources"}}, "2026-12-01", "note",
                                     key.secretKey, problem);
    REQUIRE_MESSAGE(pack, problem);
    return *pack;
}

// Gives `bytes` in reads of at most 4096, then fails with `error` once `failAt` bytes
// were given (0 for no failure): a stick pulled out part-way.
io::ReadSome stick(const std::string& bytes, size_t failAt, int error) {
    auto given = std::make_shared<size_t>(0);
    return [&bytes, failAt, error, given](char* into, size_t most) -> long {
        if (failAt && *given >= failAt) { errno = error; return -1; }
        const size_t n = std::min({most, size_t{4096}, bytes.size() - *given});
        std::copy_n(bytes.data() + *given, n, into);
        *given += n;
        return static_cast<long>(n);
    };
}

} // namespace

TEST_CASE("pack files: the stick pulled mid-read gives nothing, never the part read") {
    const auto key = *core::makeKeyPair();
    const std::string pack = smallPack(key);
    const core::FileBytes whole = io::readBounded(stick(pack, 0, 0), core::kMaxPackBytes);
    REQUIRE(whole.bytes);
    CHECK(core::readPack(*whole.bytes).pack);
    for (size_t at : {size_t{4096}, pack.size() / 2, pack.size() - 1}) {
        const core::FileBytes pulled = io::readBounded(stick(pack, at, EIO), core::kMaxPackBytes);
        CHECK_FALSE(pulled.bytes);
        CHECK(pulled.problem == "cannot read file: Input/output error");
    }
    // A stick whose file ends early (the device gone, reads return 0): a truncated pack.
    const std::string shortened = pack.substr(0, pack.size() / 2);
    const core::FileBytes early = io::readBounded(stick(shortened, 0, 0), core::kMaxPackBytes);
    REQUIRE(early.bytes);
    const auto r = core::readPack(*early.bytes);
    CHECK_FALSE(r.pack);
    CHECK(r.problem.find("truncated") != std::string::npos);
}

TEST_CASE("pack files: read from disk, regular files only, bounded") {
    const fs::path dir = testing::freshDir("pack-files-read");
    fs::create_directories(dir);
    const auto key = *core::makeKeyPair();
    std::ofstream(dir / "a.pack", std::ios::binary) << smallPack(key);
    CHECK(core::readPack(*io::readPackFile((dir / "a.pack").string()).bytes).pack);
    fs::create_symlink(dir / "a.pack", dir / "link.pack");
    CHECK_FALSE(io::readPackFile((dir / "link.pack").string()).bytes);
    REQUIRE(::mkfifo((dir / "fifo.pack").c_str(), 0600) == 0);
    CHECK_FALSE(io::readPackFile((dir / "fifo.pack").string()).bytes);
    fs::resize_file(dir / "a.pack", core::kMaxPackBytes + 1);
    CHECK_FALSE(io::readPackFile((dir / "a.pack").string()).bytes);
    fs::remove_all(dir);
}

TEST_CASE("pack files: unpacking writes new files only, through no link") {
    const fs::path dir = testing::freshDir("pack-files-unpack");
    fs::create_directories(dir / "out");
    const auto key = *core::makeKeyPair();
    const auto pack = *core::readPack(smallPack(key)).pack;
    std::string error;
    REQUIRE(io::unpackInto(pack, (dir / "out").string(), error));
    CHECK(fs::file_size(dir / "out/meta.toml") == 300000);
    CHECK(io::readContentFile((dir / "out/SOURCES.md").string()).bytes == std::string("sources"));
    // Again into the same directory: nothing is replaced.
    CHECK_FALSE(io::unpackInto(pack, (dir / "out").string(), error));
    CHECK(error.find("File exists") != std::string::npos);
    fs::create_directories(dir / "linked");
    fs::create_symlink(dir / "victim", dir / "linked/meta.toml");
    CHECK_FALSE(io::unpackInto(pack, (dir / "linked").string(), error));
    CHECK_FALSE(fs::exists(dir / "victim"));
    fs::remove_all(dir);
}

TEST_CASE("pack files: trusted keys saved with mode 0600 and read back") {
    const fs::path data = testing::freshDir("pack-files-trust");
    std::vector<std::string> problems;
    CHECK(io::loadTrustedKeys(data.string(), problems).empty());
    CHECK(problems.empty());
    const auto a = *core::makeKeyPair();
    std::string error;
    REQUIRE(io::saveTrustedKeys(data.string(), {{a.publicKey, "Équipe Lyon"}}, error));
    struct stat info {};
    REQUIRE(::stat(io::trustedKeysPath(data.string()).c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    const auto keys = io::loadTrustedKeys(data.string(), problems);
    REQUIRE(keys.size() == 1);
    CHECK(keys[0].name == "Équipe Lyon");
    CHECK(problems.empty());
    CHECK(io::writeNewPrivateFile((data / "secret").string(), "s", error));
    CHECK_FALSE(io::writeNewPrivateFile((data / "secret").string(), "t", error));  // never replaced
    fs::remove_all(data);
}
