// The kiosk runs the first content that loads: latest update, previous good update,
// shipped content; and the team panel's sentence says which and why.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/content/content_choice.h"
#include "io/content/content_file.h"
#include "io/content/content_paths.h"
#include "support/content_fixture.h"

namespace fs = std::filesystem;

namespace {
std::string brokenDir() {
    const auto dir = testing::makeContentDir();
    std::ofstream(fs::path(dir) / "meta.toml", std::ios::app) << "\n[broken\n";
    return dir;
}
// The disk, as the kiosk reads it.
const core::ContentLoad load = [](const std::string& d) { return io::loadContent(d); };
} // namespace

TEST_CASE("a broken latest update falls back to the previous good update, and says why") {
    const auto broken = brokenDir(), previous = testing::makeContentDir(), shipped = testing::makeContentDir();
    const auto choice = core::chooseContent({{broken, core::ContentOrigin::Update, {}},
                                             {previous, core::ContentOrigin::PreviousUpdate, {}},
                                             {shipped, core::ContentOrigin::Shipped, {}}}, load);
    REQUIRE(choice.content.has_value());
    CHECK(choice.chosen.directory == previous);
    CHECK(choice.statusId == "content_running_previous");
    CHECK(choice.statusDetail.rfind(broken + "/meta.toml:", 0) == 0);  // the first error of the latest update
    REQUIRE(choice.refused.size() == 1);
    CHECK(choice.refused[0].candidate.directory == broken);
}

TEST_CASE("both updates broken: the shipped content, with the reason") {
    const auto broken = brokenDir(), alsoBroken = brokenDir(), shipped = testing::makeContentDir();
    const auto choice = core::chooseContent({{broken, core::ContentOrigin::Update, {}},
                                             {alsoBroken, core::ContentOrigin::PreviousUpdate, {}},
                                             {shipped, core::ContentOrigin::Shipped, {}}}, load);
    REQUIRE(choice.content.has_value());
    CHECK(choice.chosen.origin == core::ContentOrigin::Shipped);
    CHECK(choice.statusId == "content_running_shipped_fallback");
    CHECK(choice.statusDetail.find("meta.toml") != std::string::npos);
    CHECK(choice.refused.size() == 2);
}

TEST_CASE("a good update runs and is named; no update: the shipped content; nothing good: no content") {
    const auto update = testing::makeContentDir(), shipped = testing::makeContentDir();
    const auto fine = core::chooseContent({{update, core::ContentOrigin::Update, fs::weakly_canonical(update).string()}, {shipped, core::ContentOrigin::Shipped, {}}}, load);
    CHECK(fine.statusId == "content_running_update");
    CHECK(fine.statusDetail == fs::weakly_canonical(update).string());
    const auto plain = core::chooseContent({{shipped, core::ContentOrigin::Shipped, {}}}, load);
    CHECK(plain.statusId == "content_running_shipped");
    CHECK(plain.refused.empty());
    const auto none = core::chooseContent({{brokenDir(), core::ContentOrigin::Given, {}}}, load);
    CHECK_FALSE(none.content.has_value());
    CHECK(none.refused.size() == 1);
}

TEST_CASE("the data directory's previous update is a candidate between the latest and the shipped content") {
    const fs::path data = fs::path(testing::makeContentDir()) / "data";
    // On Linux repere-update-content makes these links to content-<stamp> folders; what
    // matters here is only that both are directories (Wine cannot make directory links).
    fs::create_directories(data / "questionnaires");
    fs::create_directories(data / "questionnaires.previous");
    const auto candidates = io::contentCandidates(nullptr, data.string());
    REQUIRE(candidates.size() >= 3);
    CHECK(candidates[0].directory == (data / "questionnaires").string());
    CHECK(candidates[0].origin == core::ContentOrigin::Update);
    CHECK(candidates[1].directory == (data / "questionnaires.previous").string());
    CHECK(candidates[1].origin == core::ContentOrigin::PreviousUpdate);
    CHECK(candidates.back().origin == core::ContentOrigin::Shipped);
}
