#include <doctest/doctest.h>

#include <set>

#include "core/team/event_label.h"

TEST_CASE("event labels: letters, accents, digits, space and hyphen, 1 to 24 characters") {
    CHECK(core::isValidEventLabel("Fête de la musique 2026"));
    CHECK(core::isValidEventLabel("Solidays-J2"));
    CHECK(core::isValidEventLabel("ÀÂÇÉÈÊËÎÏÔÙÛÜŸ"));
    CHECK(core::isValidEventLabel("àâçéèêëîïôùûüÿ"));
    CHECK(core::isValidEventLabel("x"));
    CHECK(core::isValidEventLabel(std::string(24, 'A')));
    CHECK(core::isValidEventLabel("ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ"));  // 24 characters, 48 bytes
    CHECK_FALSE(core::isValidEventLabel(""));
    CHECK_FALSE(core::isValidEventLabel(std::string(25, 'A')));
    CHECK_FALSE(core::isValidEventLabel(" Fête"));
    CHECK_FALSE(core::isValidEventLabel("Fête "));
    for (const char* bad : {"a/b", "a;b", "a\"b", "a'b", "a\tb", "a\nb", "a,b", "a=b", "a<b", "ñ", "ß", "€", "😀", "a\xC3"}) {
        CAPTURE(bad);
        CHECK_FALSE(core::isValidEventLabel(bad));
    }
}

TEST_CASE("the keyboard holds exactly the allowed characters, in both cases") {
    std::set<std::string> keys;
    for (bool small : {false, true}) {
        for (const auto& row : core::eventLabelKeyRows(small)) {
            CHECK(row.size() <= 10);  // large keys: ten across at most
            for (const auto& key : row) {
                CHECK(core::isEventLabelCharacter(key));
                keys.insert(key);
            }
        }
    }
    std::set<std::string> expected;
    for (char c = 'A'; c <= 'Z'; ++c) expected.insert(std::string(1, c));
    for (char c = 'a'; c <= 'z'; ++c) expected.insert(std::string(1, c));
    for (char c = '0'; c <= '9'; ++c) expected.insert(std::string(1, c));
    expected.insert("-");
    for (const auto& c : core::utf8Characters("àâçéèêëîïôùûüÿÀÂÇÉÈÊËÎÏÔÙÛÜŸ")) expected.insert(c);
    CHECK(keys == expected);
    CHECK(core::isEventLabelCharacter(" "));  // its own key
    // Same position, other case: the case key switches every letter in place.
    const auto capitals = core::eventLabelKeyRows(false), small = core::eventLabelKeyRows(true);
    REQUIRE(capitals.size() == small.size());
    for (size_t r = 0; r < capitals.size(); ++r) CHECK(capitals[r].size() == small[r].size());
}

TEST_CASE("typing: allowed characters only, no leading or double space, 24 at most") {
    CHECK(core::canTypeInEventLabel("", "F"));
    CHECK(core::canTypeInEventLabel("F", "ê"));
    CHECK(core::canTypeInEventLabel("Fête", " "));
    CHECK_FALSE(core::canTypeInEventLabel("", " "));
    CHECK_FALSE(core::canTypeInEventLabel("Fête ", " "));
    CHECK_FALSE(core::canTypeInEventLabel("Fête", "/"));
    CHECK_FALSE(core::canTypeInEventLabel("Fête", "ab"));  // one character at a time
    CHECK_FALSE(core::canTypeInEventLabel(std::string(24, 'A'), "B"));
    CHECK(core::canTypeInEventLabel(std::string(23, 'A'), "É"));
}

TEST_CASE("what is kept: trimmed and valid, or nothing") {
    CHECK(core::eventLabelToKeep("Fête ") == "Fête");
    CHECK(core::eventLabelToKeep("Fête") == "Fête");
    CHECK(core::eventLabelToKeep("   ").empty());
    CHECK(core::eventLabelToKeep("a/b").empty());
    CHECK(core::withoutLastCharacter("Fê") == "F");
    CHECK(core::withoutLastCharacter("É") == "");
    CHECK(core::withoutLastCharacter("") == "");
}
