// The regions the team panel lists, with their local services counted.
#include <doctest/doctest.h>

#include "io/content/content_file.h"
#include "core/content/content_loader.h"
#include "core/directory/service_regions.h"
#include "support/content_fixture.h"

TEST_CASE("regions with local services, counted, national lines apart") {
    const core::Content& c = testing::baseContent();
    const auto regions = core::regionsWithServices(c);
    REQUIRE(regions.size() == 2);
    CHECK(regions[0].region == "test-region");
    CHECK(regions[0].services == 1);
    CHECK(regions[1].region == "other-region");
    CHECK(regions[1].services == 1);
}

TEST_CASE("the panel's line says the region, its count and how many are examples") {
    const auto loaded = io::loadContent(testing::shippedContentDir());
    REQUIRE(loaded.content.has_value());
    const auto& c = *loaded.content;
    const auto regions = core::regionsWithServices(c);
    REQUIRE(regions.size() == 1);
    CHECK(regions[0].region == "ile-de-france");
    CHECK(regions[0].services == regions[0].samples);
    const auto en = *c.languageIndex("en");
    CHECK(core::regionCountLine(c, regions[0], en) ==
          "Île-de-France — local services: " + std::to_string(regions[0].services) + " (examples among them: " +
              std::to_string(regions[0].samples) + ")");
    core::RegionServices real{"paris", 3, 0};
    CHECK(core::regionCountLine(c, real, *c.languageIndex("fr")) == "paris — services locaux : 3");
}
