// Lambert-93 to WGS84: the projection's origin, a point in Paris, and agreement with PROJ
// (linked into this test only) on a grid over metropolitan France and Corsica.
#include <doctest/doctest.h>
#include <proj.h>

#include <cmath>

#include "core/directory/lambert93.h"

TEST_CASE("Lambert-93: the projection origin is 46.5 N, 3 E") {
    const auto p = geo::lambert93ToWgs84(700000.0, 6600000.0);
    REQUIRE(p.has_value());
    CHECK(p->lat == doctest::Approx(46.5).epsilon(1e-9));
    CHECK(p->lon == doctest::Approx(3.0).epsilon(1e-9));
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
    CHECK_FALSE(geo::lambert93ToWgs84(NAN, 6600000.0).has_value());
    CHECK_FALSE(geo::lambert93ToWgs84(700000.0, -6600000.0).has_value());
}

TEST_CASE("Lambert-93: the closed form agrees with PROJ within a centimetre across France") {
    PJ_CONTEXT* context = proj_context_create();
    PJ* raw = proj_create_crs_to_crs(context, "EPSG:2154", "EPSG:4326", nullptr);
    REQUIRE(raw != nullptr);
    PJ* proj = proj_normalize_for_visualization(context, raw);  // longitude first
    REQUIRE(proj != nullptr);
    int compared = 0;
    for (double x = 100000; x <= 1250000; x += 50000) {       // Brittany to Corsica
        for (double y = 6000000; y <= 7150000; y += 50000) {  // Corsica's south to Dunkirk
            const auto ours = geo::lambert93ToWgs84(x, y);
            REQUIRE(ours.has_value());
            const PJ_COORD theirs = proj_trans(proj, PJ_FWD, proj_coord(x, y, 0, 0));
            // 1e-7 degree is about 1 cm of latitude.
            CHECK(std::fabs(ours->lat - theirs.lp.phi) < 1e-7);
            CHECK(std::fabs(ours->lon - theirs.lp.lam) < 1e-7);
            ++compared;
        }
    }
    CHECK(compared == 24 * 24);
    proj_destroy(proj);
    proj_destroy(raw);
    proj_context_destroy(context);
}
