// The effect runner feeds the kiosk only through actions: start-up settings (stored, then
// this run's options) and a content reload that swaps the content it owns.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "io/content/content_file.h"
#include "core/content/content_loader.h"
#include "core/model/text.h"
#include "io/effects.h"
#include "support/content_fixture.h"
#include "support/scratch.h"

namespace act = core::action;
namespace w = core::team;

namespace {
std::unique_ptr<core::Content> loaded(const std::string& dir) {
    core::LoadResult result = io::loadContent(dir);
    REQUIRE(result.content);
    return std::make_unique<core::Content>(std::move(*result.content));
}

void openPanel(core::Kiosk& k) {
    core::apply(k, act::Team{w::Open{}});
    for (int round = 0; round < 2; ++round) {  // no PIN yet: choose one, then confirm it
        for (char d : std::string("480375")) core::apply(k, act::Team{w::Digit{d - '0'}});
        core::apply(k, act::Team{w::Submit{0}});
    }
    REQUIRE(k.screen == core::Screen::TeamPanel);
}
} // namespace

TEST_CASE("start-up: stored settings, then --demo and --lang on top") {
    const std::string data = testing::freshDir("effects-restore");
    io::StatsStore store(data);
    REQUIRE(store.saveSetting(core::setting::kDemo, "0"));
    REQUIRE(store.saveSetting(core::setting::kLanguage, "en"));
    REQUIRE(store.saveSetting(core::setting::kEvent, "Teknival"));
    const std::string dir = testing::makeContentDir();
    io::EffectRunner runner(&store, dir, loaded(dir), data);
    core::Kiosk k(runner.content());
    core::RunOptions thisRun;
    thisRun.demo = true;
    thisRun.language = 0;
    runner.restore(k, thisRun);
    CHECK(k.settings.eventLabel == "Teknival");
    CHECK(k.settings.demo);
    CHECK(k.language() == 0);
    CHECK(k.startLanguage() == 1);
    runner.run(k);
    CHECK(store.setting(core::setting::kDemo) == "0");  // this run's options are saved nowhere
}

TEST_CASE("a reload swaps the content the kiosk reads; a broken one changes nothing") {
    const std::string dir = testing::makeContentDir();
    io::EffectRunner runner(nullptr, dir, loaded(dir), "");
    core::Kiosk k(runner.content());
    runner.restore(k);
    openPanel(k);
    const core::Content* before = k.content;
    core::apply(k, act::Team{w::ReloadContent{}});
    runner.run(k);
    CHECK(k.content == &runner.content());
    CHECK(k.content != before);
    CHECK(k.team.message == "content_ok");

    std::ofstream(dir + "/questions.toml", std::ios::app) << "\n[[[ not toml\n";
    const core::Content* good = k.content;
    core::apply(k, act::Team{w::ReloadContent{}});
    runner.run(k);
    CHECK(k.team.message == "content_failed");
    CHECK(k.content == good);
    CHECK(&runner.content() == good);
}

namespace {
// What the panel shows for the store's state, in language `lang`, as the views compose it.
std::string shownStoreText(const core::Kiosk& k, core::LanguageIndex lang) {
    std::string text = core::fillPlaceholder(k.content->ui(k.team.storeStatus, lang), "detail", k.team.storeStatusDetail);
    if (!k.team.message.empty()) text += " " + core::fillPlaceholder(k.content->ui(k.team.message, lang), "detail", k.team.messageDetail);
    return text;
}
} // namespace

TEST_CASE("the French panel says the store's trouble in French; SQLite's English goes only to the log") {
    const std::string content = testing::shippedContentDir();
    const auto fr = *testing::shippedContent().languageIndex("fr");
    SUBCASE("a store that cannot be opened") {
        const std::string data = testing::freshDir("effects-store-words");
        std::filesystem::create_directories(data + "/stats.db");  // a directory where the file should be
        io::StatsStore store(data);
        REQUIRE_FALSE(store.problem().empty());
        io::EffectRunner runner(&store, content, loaded(content), data);
        core::Kiosk k(runner.content());
        runner.restore(k);
        core::apply(k, act::Team{w::Open{}});
        CHECK(k.team.storeStatus.rfind("store_", 0) == 0);
        CHECK(k.team.message == "pin_store_unavailable");
        const std::string text = shownStoreText(k, fr);
        CAPTURE(text);
        CAPTURE(store.problem());
        CHECK(text.find("statistiques") != std::string::npos);
        for (const char* english : {"cannot", "unable", "database", "error", "disk I/O", "file", "open"}) CHECK(text.find(english) == std::string::npos);
    }
    SUBCASE("a file moved aside: where it went, in French") {
        const std::string data = testing::freshDir("effects-store-aside");
        std::filesystem::create_directories(data);
        { std::ofstream(data + "/stats.db") << std::string(8192, 'z'); }
        io::StatsStore store(data);
        REQUIRE_FALSE(store.notice().empty());
        io::EffectRunner runner(&store, content, loaded(content), data);
        core::Kiosk k(runner.content());
        runner.restore(k);
        CHECK(k.team.storeStatus == "store_moved_aside");
        CHECK(k.team.storeStatusDetail == store.movedTo());
        const std::string text = shownStoreText(k, fr);
        CAPTURE(text);
        for (const char* english : {"not usable", "moved to", "new one started", "file is not a database"}) CHECK(text.find(english) == std::string::npos);
    }
}
