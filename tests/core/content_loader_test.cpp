// Loading: the model built from the base fixture, and bad input that must never crash
// or load half-way.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/content_loader.h"
#include "support/content_fixture.h"

namespace fs = std::filesystem;

TEST_CASE("base fixture: model and resolved references") {
    const core::Content& c = testing::baseContent();
    REQUIRE(c.languages.size() == 2);
    CHECK(c.languages[0].id == "fr");
    CHECK(c.languages[1].name == "English");
    CHECK(c.defaultLanguage == 0);
    CHECK(c.levels.size() == 3);
    REQUIRE(c.domains.size() == 2);
    CHECK(c.domains[0].levels[2].min == 4);
    CHECK_FALSE(c.domains[0].levels[2].max.has_value());
    REQUIRE(c.questions.size() == 4);
    CHECK_FALSE(c.questions[0].domain.has_value());
    CHECK(c.questions[1].answers[2].score == 3);
    CHECK(c.questions[2].showIf.all.size() == 1);
    CHECK(c.questions[2].showIf.all[0] == testing::ref(c, "sells.yes"));
    CHECK(c.questions[3].answers[1].crisis);
    CHECK(c.questions[1].text.in(1) == "How often?");
    CHECK(c.ui("start", 0) == "fr start");
    CHECK(c.advice.size() == 6);
    CHECK(c.services[1].phone == "3114");
    CHECK(c.services[0].address.in(0) == "1 rue Test");
    CHECK(c.services[1].address.empty());
    CHECK(c.profiles.size() == 3);
    CHECK(c.profiles[0].answers.size() == 4);
}

TEST_CASE("missing directory: every file reported, nothing loaded") {
    const auto result = core::loadContent("/nonexistent/repere-content");
    CHECK_FALSE(result.content.has_value());
    CHECK(result.diagnostics.size() >= core::contentFiles().size());
    CHECK(core::format(result.diagnostics[0]) ==
          "/nonexistent/repere-content/meta.toml:0:0: error: cannot open file (every content directory needs it)");
}

TEST_CASE("broken meta.toml: other files still checked, errors from several files") {
    const auto dir = testing::makeContentDir();
    { std::ofstream(fs::path(dir) / "meta.toml") << "[content\n"; }
    { std::ofstream(fs::path(dir) / "profiles.toml", std::ios::app) << "\n[[profile]]\nid = \"x\"\nanswers = [\"nope.a\"]\nname = {fr=\"x\", en=\"x\"}\n"; }
    const auto result = core::loadContent(dir);
    CHECK_FALSE(result.content.has_value());
    const auto lines = testing::relativeDiagnostics(result, dir);
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0].rfind("meta.toml:1:", 0) == 0);
    bool profileReported = false;
    for (const auto& l : lines) profileReported |= l.find("unknown question 'nope'") != std::string::npos;
    CHECK(profileReported);
}

TEST_CASE("garbage bytes and wrong types never crash") {
    const auto dir = testing::makeContentDir();
    { std::ofstream(fs::path(dir) / "questions.toml", std::ios::binary) << std::string("\x00\xff\xfe[[question]]\n", 16); }
    { std::ofstream(fs::path(dir) / "advice.toml") << "advice = 3\n"; }
    { std::ofstream(fs::path(dir) / "services.toml") << "[[service]]\nid = 7\nneeds = \"use\"\n"; }
    const auto result = core::loadContent(dir);
    CHECK_FALSE(result.content.has_value());
    CHECK(core::countErrors(result.diagnostics) >= 3);
}

TEST_CASE("a directory entry in place of a file is an error, not a crash") {
    const auto dir = testing::makeContentDir();
    fs::remove(fs::path(dir) / "strings.toml");
    fs::create_directory(fs::path(dir) / "strings.toml");
    const auto result = core::loadContent(dir);
    CHECK_FALSE(result.content.has_value());
}
