#include <doctest/doctest.h>

#include "core/model/text.h"

TEST_CASE("text lookup by language, safe out of range") {
    core::Text t{{"bonjour", "hello"}};
    CHECK(t.in(0) == "bonjour");
    CHECK(t.in(1) == "hello");
    CHECK(t.in(7) == "bonjour");
    CHECK(core::Text{}.in(0).empty());
}

TEST_CASE("placeholders are filled, others left alone") {
    CHECK(core::fillPlaceholder("Question {n} sur {total}", "n", "3") == "Question 3 sur {total}");
    CHECK(core::fillPlaceholder("{n}{n}", "n", "{n}") == "{n}{n}");
    CHECK(core::fillPlaceholder("no token", "n", "1") == "no token");
}
