// Every validator rule has a fixture in tests/fixtures/rules/<rule>/ (overlays on the
// base content) and an expected.txt holding the exact diagnostics it must produce.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "io/content/content_file.h"
#include "core/content/content_validator.h"
#include "support/content_fixture.h"

namespace fs = std::filesystem;

namespace {
std::vector<std::string> readLines(const fs::path& p) {
    std::ifstream in(p);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) if (!line.empty()) lines.push_back(line);
    return lines;
}
} // namespace

TEST_CASE("base fixture is valid and loads with no diagnostics") {
    const auto dir = testing::makeContentDir();
    const auto result = io::loadContent(dir);
    CHECK(result.diagnostics.empty());
    CHECK(result.content.has_value());
}

namespace {

// "FILE:@+K:" in an expected line stands for the K-th line after the end of the base
// fixture's FILE, where a NAME.append.toml overlay lands; adding a string to the base
// then does not move every appended fixture's expected line.
std::string resolveAppendedLine(const std::string& line) {
    const size_t colon = line.find(":@+");
    if (colon == std::string::npos) return line;
    const size_t end = line.find(':', colon + 3);
    const std::string file = line.substr(0, colon);
    std::ifstream base(fs::path(testing::fixturesDir()) / "base" / file);
    int lines = 0;
    for (std::string l; std::getline(base, l);) ++lines;
    const int k = std::stoi(line.substr(colon + 3, end - colon - 3));
    return file + ":" + std::to_string(lines + k) + line.substr(end);
}

} // namespace

TEST_CASE("each rule fixture produces exactly its expected diagnostics") {
    const fs::path rules = fs::path(testing::fixturesDir()) / "rules";
    int fixtures = 0;
    for (const auto& entry : fs::directory_iterator(rules)) {
        const fs::path fixture = entry.path();
        SUBCASE(fixture.filename().string().c_str()) {
            const auto dir = testing::makeContentDir(fixture.string());
            const auto result = io::loadContent(dir);
            auto expected = readLines(fixture / "expected.txt");
            for (auto& line : expected) line = resolveAppendedLine(line);
            REQUIRE_MESSAGE(!expected.empty(), fixture.string() << " has no expected.txt");
            const auto actual = testing::relativeDiagnostics(result, dir);
            std::string shown;
            for (const auto& line : actual) shown += line + "\n";
            INFO("actual diagnostics:\n" << shown);
            CHECK(actual == expected);
            // Content with an error never loads, even in part.
            CHECK(result.content.has_value() == !core::hasErrors(result.diagnostics));
        }
        ++fixtures;
    }
    CHECK(fixtures >= 15);
}

TEST_CASE("phone numbers: French formats only") {
    CHECK(core::isValidPhone("0 800 23 13 13"));
    CHECK(core::isValidPhone("3114"));
    CHECK(core::isValidPhone("15"));
    CHECK(core::isValidPhone("116 006"));
    CHECK(core::isValidPhone("+33 1 99 00 00 01"));
    CHECK(core::isValidPhone("01 99 00 00 01"));
    CHECK_FALSE(core::isValidPhone("0 800 23 13"));    // 8 digits
    CHECK_FALSE(core::isValidPhone("0800 23 13 13 1")); // 11 digits
    CHECK_FALSE(core::isValidPhone("00 33 1 99 00 00"));
    CHECK_FALSE(core::isValidPhone("1"));
    CHECK_FALSE(core::isValidPhone("31l4"));
    CHECK_FALSE(core::isValidPhone(""));
    CHECK_FALSE(core::isValidPhone(" 3114"));
    CHECK_FALSE(core::isValidPhone("+33 0 99 00 00 01"));
    CHECK_FALSE(core::isValidPhone("1+1"));
}

TEST_CASE("dates: a real calendar day as YYYY-MM-DD") {
    CHECK(core::isDay("2026-11-27"));
    CHECK(core::isDay("2024-02-29"));
    CHECK_FALSE(core::isDay("2026-02-29"));
    CHECK_FALSE(core::isDay("2026-13-01"));
    CHECK_FALSE(core::isDay("2026-1-01"));
    CHECK_FALSE(core::isDay("27/11/2026"));
    CHECK_FALSE(core::isDay("2026-11-00"));
}

TEST_CASE("forbidden take-away words: word starts, whole words, prefixes, accents and apostrophes") {
    const std::vector<std::string> fr = {"vendre", "vente*", "injection*", "garde à vue"};
    CHECK(core::forbiddenWordIn("Arrêter de Vendre", fr) == "vendre");
    CHECK(core::forbiddenWordIn("un vendredi", fr) == "");           // a whole word only
    CHECK(core::forbiddenWordIn("les ventes", fr) == "vente*");      // a prefix
    CHECK(core::forbiddenWordIn("une prévente", fr) == "");          // é is a letter: not a word start
    CHECK(core::forbiddenWordIn("l’injection", fr) == "injection*"); // ’ is not a letter
    CHECK(core::forbiddenWordIn("après une Garde à vue", fr) == "garde à vue");
    CHECK(core::forbiddenWordIn("garde à vuex", fr) == "");
    CHECK(core::forbiddenWordIn("", fr) == "");
}
