// The person's struct: one wipe forgets everything, in the struct and in the heap.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "core/content/content_loader.h"
#include "core/kiosk/kiosk.h"
#include "core/team/pin_digits.h"
#include "support/heap_scan.h"
#include "support/content_fixture.h"
#include "support/kiosk_paths.h"


TEST_CASE("wipe rebuilds a blank person: no answer, result, take-away, tally or PIN digit left") {
    core::Kiosk k(testing::shippedContent());
    testing::toCrisisTakeAway(k);
    for (char c : std::string("123456789012")) k.person.pinTyped.push(c);
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
    testing::toCrisisTakeAway(k);
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
    CHECK_FALSE(testing::memoryHolds(modules));
#ifndef _WIN32
    // Windows: libqrencode's own copy of the text, released with the C runtime's free, is
    // not overwritten (README, "Privacy on Windows"); the program's copies are.
    CHECK_FALSE(testing::memoryHolds(text));
#endif
}

TEST_CASE("after finishing, the answers' take-away is gone from the heap too") {
    core::Kiosk k(testing::shippedContent());
    testing::toCrisisTakeAway(k);
    const auto text = testing::masked(k.person.takeAway->text.data() + 48, k.person.takeAway->text.size() - 48);
    core::apply(k, core::action::Back{});  // the code exists only while its screen is open
#ifndef _WIN32
    CHECK_FALSE(testing::memoryHolds(text));  // Windows: see the quick-exit case above
#endif
    core::apply(k, core::action::Finish{});
    CHECK(k.screen == core::Screen::End);
    CHECK_FALSE(k.person.holdsAnything());
}

TEST_CASE("PIN digits: after clear() no byte of the object holds a digit typed") {
    core::PinDigits pin;
    for (char c : std::string("975318642")) pin.push(c);
    pin.pop();
    pin.clear();
    const auto* bytes = reinterpret_cast<const unsigned char*>(&pin);
    int digits = 0;
    for (size_t i = 0; i < sizeof(pin); ++i) digits += bytes[i] >= '0' && bytes[i] <= '9';
    CHECK(digits == 0);
    CHECK(pin.empty());
    // The std::string it replaces keeps them: the reason for the type.
    std::string typed = "975318642";
    typed.clear();
    const auto* inside = reinterpret_cast<const unsigned char*>(&typed);
    int kept = 0;
    for (size_t i = 0; i < sizeof(typed); ++i) kept += inside[i] >= '0' && inside[i] <= '9';
    CHECK(kept > 0);
}

TEST_CASE("PIN digits: closing the team panel leaves no digit in the kiosk's bytes") {
    core::Kiosk k(testing::shippedContent());
    core::apply(k, core::action::Team{core::team::Open{}});
    for (int d : {9, 7, 5, 3, 1, 8, 6, 4}) core::apply(k, core::action::Team{core::team::Digit{d}});
    core::apply(k, core::action::Team{core::team::Close{}});
    const auto* bytes = reinterpret_cast<const unsigned char*>(&k.person.pinTyped);
    std::string seen(reinterpret_cast<const char*>(bytes), sizeof(k.person.pinTyped));
    CHECK(seen.find("97531864") == std::string::npos);
    CHECK(seen.find("9753") == std::string::npos);
}
