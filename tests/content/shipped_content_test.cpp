// Every shipped content directory loads and validates with no error (Mixxx habit:
// each data file the product ships is checked by a test).
#include <doctest/doctest.h>

#include "io/content/content_file.h"
#include "core/content/content_loader.h"
#include "core/assessment/result.h"
#include "core/assessment/session.h"
#include "support/content_fixture.h"

TEST_CASE("questionnaires/ loads with no error") {
    const auto result = io::loadContent(testing::shippedContentDir());
    for (const auto& d : result.diagnostics) {
        if (d.severity == core::Severity::Error) FAIL_CHECK(core::format(d));
    }
    REQUIRE(result.content.has_value());
    const core::Content& c = *result.content;
    CHECK(c.languages.size() >= 2);
    CHECK(c.domains.size() == 9);
    CHECK(c.profiles.size() >= 3);
    // Every profile reaches a result without tripping anything.
    for (const auto& p : c.profiles) {
        core::Session s(c);
        s.applyProfile(p);
        CHECK(s.finished());
        const auto r = core::buildResult(c, s.answers(), c.defaultRegion);
        CHECK(r.domains.size() == c.domains.size());
        CHECK_FALSE(r.services.empty());
    }
}
