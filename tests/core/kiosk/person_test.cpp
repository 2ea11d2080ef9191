// The person's struct: one wipe forgets everything, in the struct and in the heap.
#include <doctest/doctest.h>

#include "core/content/content_loader.h"
#include "core/kiosk/kiosk.h"
#include "support/heap_scan.h"
#include "support/content_fixture.h"

namespace {

// A kiosk showing the take-away of a sample profile with a crisis (the longest text).
void toTakeAway(core::Kiosk& k) {
    core::apply(k, core::action::Start{});
    for (size_t p = 0; p < k.content->profiles.size(); ++p) {
        core::apply(k, core::action::ShowProfile{static_cast<int>(p)});
        if (k.person.result && k.person.result->crisis) break;
    }
    core::apply(k, core::action::ShowTakeAway{});
    REQUIRE(k.person.takeAway.has_value());
}

} // namespace

TEST_CASE("wipe rebuilds a blank person: no answer, result, take-away, tally or PIN digit left") {
    core::Kiosk k(testing::shippedContent());
    toTakeAway(k);
    k.person.pinTyped = "123456789012";
    k.person.usefulRating = 2;
    REQUIRE(k.person.holdsAnything());
    core::wipe(k.person);
    CHECK_FALSE(k.person.holdsAnything());
    CHECK_FALSE(k.person.usefulRating.has_value());
    CHECK_FALSE(k.person.tally.started);
    CHECK(k.person.pinTyped.empty());
    CHECK(k.person.session.currentQuestion() >= 0);
}

TEST_CASE("after a quick exit the take-away text and its QR modules are nowhere in the heap") {
    core::Kiosk k(testing::shippedContent());
    toTakeAway(k);
    const core::TakeAway& t = *k.person.takeAway;
    REQUIRE(t.text.size() > 100);
    // Past the first bytes, which a freed block's allocator links overwrite anyway.
    const auto text = testing::masked(t.text.data() + 48, t.text.size() - 48);
    const auto modules = testing::masked(t.qr.dark.data() + 48, t.qr.dark.size() - 48);
    // The scan finds them while the person is there: it can see the heap.
    REQUIRE(testing::memoryHolds(text));
    REQUIRE(testing::memoryHolds(modules));
    core::apply(k, core::action::QuickExit{});
    CHECK(k.screen == core::Screen::Neutral);
    CHECK_FALSE(testing::memoryHolds(text));
    CHECK_FALSE(testing::memoryHolds(modules));
}

TEST_CASE("after finishing, the answers' take-away is gone from the heap too") {
    core::Kiosk k(testing::shippedContent());
    toTakeAway(k);
    const auto text = testing::masked(k.person.takeAway->text.data() + 48, k.person.takeAway->text.size() - 48);
    core::apply(k, core::action::Back{});  // the code exists only while its screen is open
    CHECK_FALSE(testing::memoryHolds(text));
    core::apply(k, core::action::Finish{});
    CHECK(k.screen == core::Screen::End);
    CHECK_FALSE(k.person.holdsAnything());
}
