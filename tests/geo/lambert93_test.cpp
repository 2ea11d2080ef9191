// Lambert-93 to WGS84 through PROJ itself: the projection's origin and a point in Paris.
#include <doctest/doctest.h>

#include "geo/lambert93.h"

TEST_CASE("Lambert-93: the projection origin is 46.5 N, 3 E") {
    const auto p = geo::lambert93ToWgs84(700000.0, 6600000.0);
    REQUIRE(p.has_value());
    CHECK(p->lat == doctest::Approx(46.5).epsilon(1e-6));
    CHECK(p->lon == doctest::Approx(3.0).epsilon(1e-6));
}

TEST_CASE("Lambert-93: a point in central Paris") {
    const auto p = geo::lambert93ToWgs84(652000.0, 6862000.0);
    REQUIRE(p.has_value());
    CHECK(p->lat > 48.80);
    CHECK(p->lat < 48.90);
    CHECK(p->lon > 2.30);
    CHECK(p->lon < 2.40);
}

TEST_CASE("Lambert-93: nonsense stays out") {
    CHECK_FALSE(geo::lambert93ToWgs84(1e30, 1e30).has_value());
}
