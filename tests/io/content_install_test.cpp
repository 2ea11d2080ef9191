// Installing content into the data directory as repere-update-content lays it out: each
// update a content-* copy, questionnaires and questionnaires.previous links, older copies
// pruned, a copy with errors never switched in, and the rollback swapping the two links.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/content/pack_keys.h"
#include "io/content/content_install.h"
#include "support/content_edits.h"
#include "support/content_fixture.h"
#include "support/scratch.h"

namespace fs = std::filesystem;

namespace {

core::ContentPack packWithPhone(const std::string& phone) {
    core::ContentPack pack;
    for (const auto& name : core::packFileNames()) {
        std::ifstream in(testing::shippedContentDir() + "/" + name, std::ios::binary);
        if (!in) continue;
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (name == "services.toml") bytes.replace(bytes.find("phone = \"116 006\""), 17, "phone = \"" + phone + "\"");
        pack.files.push_back({name, bytes});
    }
    return pack;
}

std::vector<std::string> passes(const std::string&) { return {}; }

std::string link(const std::string& data, const char* name) { return fs::read_symlink(data + "/" + name).string(); }

std::vector<std::string> entries(const std::string& data) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(data)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("content install: the same layout as repere-update-content, older copies pruned, rollback swaps the links") {
    const std::string data = testing::freshDir("install-layout");
    const auto first = io::installContent(data, packWithPhone("01 00 00 00 01"), passes, "20261201-100000", testing::shippedContentDir());
    REQUIRE_MESSAGE(first.ok, first.problem);
    CHECK(link(data, "questionnaires") == "content-20261201-100000");
    CHECK(link(data, "questionnaires.previous") == "content-20261201-100000-before");  // the shipped content, kept
    CHECK(io::hasPreviousContent(data));
    const auto second = io::installContent(data, packWithPhone("01 00 00 00 02"), passes, "20261201-100000", "");
    REQUIRE(second.ok);
    CHECK(link(data, "questionnaires") == "content-20261201-100000-2");  // same second: numbered
    CHECK(link(data, "questionnaires.previous") == "content-20261201-100000");
    CHECK(entries(data) == std::vector<std::string>{"content-20261201-100000", "content-20261201-100000-2", "questionnaires",
                                                    "questionnaires.previous"});  // the -before copy pruned, nothing hidden left
    std::ifstream services(data + "/questionnaires/services.toml");
    const std::string text((std::istreambuf_iterator<char>(services)), std::istreambuf_iterator<char>());
    CHECK(text.find("01 00 00 00 02") != std::string::npos);
    const auto back = io::restorePreviousContent(data, passes);
    REQUIRE(back.ok);
    CHECK(link(data, "questionnaires") == "content-20261201-100000");
    CHECK(link(data, "questionnaires.previous") == "content-20261201-100000-2");
}

TEST_CASE("content install: a copy with errors is never switched in and leaves nothing behind") {
    const std::string data = testing::freshDir("install-errors");
    REQUIRE(io::installContent(data, packWithPhone("01 00 00 00 01"), passes, "20261201-100000").ok);
    const auto before = entries(data);
    const auto refused = io::installContent(data, packWithPhone("01 00 00 00 02"),
                                            [](const std::string&) { return std::vector<std::string>{"services.toml:1:1: error: x"}; },
                                            "20261201-110000");
    CHECK_FALSE(refused.ok);
    CHECK(refused.errors.size() == 1);
    CHECK(entries(data) == before);
    CHECK(link(data, "questionnaires") == "content-20261201-100000");
    // A previous content with errors is not gone back to either.
    const auto back = io::restorePreviousContent(data, [](const std::string&) { return std::vector<std::string>{"bad"}; });
    CHECK_FALSE(back.ok);
    CHECK(link(data, "questionnaires") == "content-20261201-100000");
}

TEST_CASE("content install: a hand-installed questionnaires directory becomes the previous content") {
    const std::string data = testing::freshDir("install-hand");
    fs::create_directories(data);
    fs::copy(testing::shippedContentDir(), data + "/questionnaires");
    const auto installed = io::installContent(data, packWithPhone("01 00 00 00 03"), passes, "20261201-120000");
    REQUIRE_MESSAGE(installed.ok, installed.problem);
    CHECK(link(data, "questionnaires") == "content-20261201-120000");
    CHECK(link(data, "questionnaires.previous") == "content-20261201-120000-manual");
    CHECK(fs::exists(data + "/content-20261201-120000-manual/services.toml"));
    for (const auto& e : entries(data)) CHECK(e.rfind(".incoming", 0) != 0);
}
