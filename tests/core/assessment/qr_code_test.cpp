#include <doctest/doctest.h>

#include "core/assessment/qr_code.h"

TEST_CASE("a QR matrix has the size of its version") {
    const core::QrMatrix m = core::encodeQr("tel:3114");
    REQUIRE_FALSE(m.empty());
    CHECK(m.version >= 1);
    CHECK(m.size == 17 + 4 * m.version);
    CHECK(m.dark.size() == static_cast<size_t>(m.size * m.size));
    // Finder pattern: the top-left corner module is dark, the one inside the ring light.
    CHECK(m.at(0, 0));
    CHECK_FALSE(m.at(1, 1));
}

TEST_CASE("more text needs a larger version; UTF-8 text encodes") {
    const core::QrMatrix small = core::encodeQr("tel:3114");
    const core::QrMatrix large = core::encodeQr(std::string(300, 'a') + "« é ’ — … »");
    REQUIRE_FALSE(large.empty());
    CHECK(large.version > small.version);
}
