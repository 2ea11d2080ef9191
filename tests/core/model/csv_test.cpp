// CSV as RFC 4180: quoted commas, quotes and line breaks, line numbers, and a round trip.
#include <doctest/doctest.h>

#include "core/model/csv.h"

TEST_CASE("CSV: columns by name, quoted fields, CRLF, a BOM") {
    const auto r = core::readCsv("\xEF\xBB\xBFid,name,note\r\n1,\"A, B\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n3,short\r\n");
    REQUIRE(r.table.has_value());
    REQUIRE(r.table->rows.size() == 3);
    CHECK(r.table->rows[0]["name"] == "A, B");
    CHECK(r.table->rows[0]["note"] == "say \"hi\"");
    CHECK(r.table->rows[1]["name"] == "two\nlines");
    CHECK(r.table->rows[1].line == 3);
    CHECK(r.table->rows[2].line == 5);
    CHECK(r.table->rows[2]["note"].empty());
    CHECK(r.table->rows[2]["unknown"].empty());
}

TEST_CASE("CSV: malformed rows are refused at their line") {
    const auto extra = core::readCsv("a,b\n1,2\n1,2,3\n");
    CHECK_FALSE(extra.table.has_value());
    CHECK(extra.errorLine == 3);
    const auto open = core::readCsv("a,b\n1,2\n3,\"never closed\n");
    CHECK_FALSE(open.table.has_value());
    CHECK(open.errorLine == 3);
    CHECK_FALSE(core::readCsv("").table.has_value());
}

TEST_CASE("CSV: what is written reads back the same") {
    const std::vector<std::vector<std::string>> rows = {{"1", "a,b", "\"q\""}, {"2", "x\ny", ""}};
    const auto r = core::readCsv(core::writeCsv({"id", "one", "two"}, rows));
    REQUIRE(r.table.has_value());
    REQUIRE(r.table->rows.size() == 2);
    CHECK(r.table->rows[0]["one"] == "a,b");
    CHECK(r.table->rows[0]["two"] == "\"q\"");
    CHECK(r.table->rows[1]["one"] == "x\ny");
}

TEST_CASE("CSV: every field is quoted, so a comma or semicolon never moves a column in any import") {
    CHECK(core::writeCsv({"id", "name"}, {{"1", "plain"}, {"2", "a, b; c"}}) ==
          "\"id\",\"name\"\r\n\"1\",\"plain\"\r\n\"2\",\"a, b; c\"\r\n");
}
