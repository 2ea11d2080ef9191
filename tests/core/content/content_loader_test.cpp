// Loading: the model built from the base fixture, and bad input that must never crash
// or load half-way.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/content/content_file.h"
#include "core/content/content_loader.h"
#include "support/content_fixture.h"
#include "support/scratch.h"

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
    CHECK(c.questions[3].answers[0].crisis);  // a crisis answer comes first in its list
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
    const auto result = io::loadContent("/nonexistent/repere-content");
    CHECK_FALSE(result.content.has_value());
    CHECK(result.diagnostics.size() >= core::contentFiles().size());
    CHECK(core::format(result.diagnostics[0]) ==
          "/nonexistent/repere-content/meta.toml:0:0: error: cannot open file (every content directory needs it)");
}

TEST_CASE("broken meta.toml: its syntax error alone, nothing about what it hid; fixed, the rest is checked") {
    const auto dir = testing::makeContentDir();
    { std::ofstream(fs::path(dir) / "meta.toml") << "[content\n"; }
    { std::ofstream(fs::path(dir) / "profiles.toml", std::ios::app) << "\n[[profile]]\nid = \"x\"\nanswers = [\"nope.a\"]\nname = {fr=\"x\", en=\"x\"}\n"; }
    const auto result = io::loadContent(dir);
    CHECK_FALSE(result.content.has_value());
    const auto lines = testing::relativeDiagnostics(result, dir);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].rfind("meta.toml:1:", 0) == 0);
    // Both syntax errors when two files are broken: each is its own thing to fix.
    { std::ofstream(fs::path(dir) / "advice.toml") << "[[advice\n"; }
    CHECK(core::countErrors(io::loadContent(dir).diagnostics) == 2);
}

TEST_CASE("garbage bytes and wrong types never crash") {
    const auto dir = testing::makeContentDir();
    { std::ofstream(fs::path(dir) / "advice.toml") << "advice = 3\n"; }
    { std::ofstream(fs::path(dir) / "services.toml") << "[[service]]\nid = 7\nneeds = \"use\"\n"; }
    const auto wrongTypes = io::loadContent(dir);
    CHECK_FALSE(wrongTypes.content.has_value());
    CHECK(core::countErrors(wrongTypes.diagnostics) >= 2);
    { std::ofstream(fs::path(dir) / "questions.toml", std::ios::binary) << std::string("\x00\xff\xfe[[question]]\n", 16); }
    const auto garbage = io::loadContent(dir);
    CHECK_FALSE(garbage.content.has_value());
    CHECK(core::countErrors(garbage.diagnostics) == 1);
}

TEST_CASE("a directory entry in place of a file is an error, not a crash") {
    const auto dir = testing::makeContentDir();
    fs::remove(fs::path(dir) / "strings.toml");
    fs::create_directory(fs::path(dir) / "strings.toml");
    const auto result = io::loadContent(dir);
    CHECK_FALSE(result.content.has_value());
}


TEST_CASE("a file over the limit is refused after reading at most the limit plus one byte") {
    const auto dir = testing::makeContentDir();
    const fs::path big = fs::path(dir) / "questions.toml";
    { std::ofstream(big, std::ios::app) << std::string(core::kMaxContentFileBytes, '#'); }
    const auto result = io::loadContent(dir);
    CHECK(testing::diagnosticFor(result, dir, "questions.toml") == "questions.toml:0:0: error: file is larger than 4 MB");
    // The reader itself stops at limit + 1 bytes, whatever the size on disk claims.
    const auto small = io::readContentFile(big.string(), 100);
    CHECK_FALSE(small.bytes.has_value());
    CHECK(small.problem == "file is larger than 100 bytes");
    const auto whole = io::readContentFile((fs::path(dir) / "meta.toml").string());
    REQUIRE(whole.bytes.has_value());
    CHECK(whole.bytes->size() == fs::file_size(fs::path(dir) / "meta.toml"));
}

TEST_CASE("the content as a whole has a size limit") {
    const auto dir = testing::makeContentDir();
    const std::string padding = "\n# " + std::string(3 * 1024 * 1024, 'x') + "\n";
    for (const char* name : {"questions.toml", "advice.toml", "services.toml"}) {
        std::ofstream(fs::path(dir) / name, std::ios::app) << padding;
    }
    const auto result = io::loadContent(dir);
    CHECK_FALSE(result.content.has_value());
    CHECK(testing::diagnosticFor(result, dir, "services.toml") ==
          "services.toml:0:0: error: the content files together are larger than 8 MB");
    CHECK(testing::diagnosticFor(result, dir, "questions.toml").empty());  // within both limits: read as usual
}

TEST_CASE("a syntax error in any one content file is reported once, not followed by what it hid") {
    for (const char* name : {"meta.toml", "questions.toml", "advice.toml", "services.toml", "strings.toml", "profiles.toml"}) {
        CAPTURE(name);
        const std::string dir = testing::freshDir(std::string("syntax-") + name);
        std::filesystem::copy(testing::shippedContentDir(), dir, std::filesystem::copy_options::recursive);
        {
            std::ifstream in(dir + "/" + name);
            std::stringstream text;
            text << in.rdbuf();
            std::ofstream(dir + "/" + name) << "[[broken\n" << text.str();
        }
        const core::LoadResult r = io::loadContent(dir);
        CHECK_FALSE(r.content.has_value());
        CHECK(core::countErrors(r.diagnostics) == 1);
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(r.diagnostics.front().place.file == dir + "/" + name);
    }
}
