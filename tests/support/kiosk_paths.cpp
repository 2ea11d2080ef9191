// See kiosk_paths.h.
#include "support/kiosk_paths.h"

#include <doctest/doctest.h>

namespace testing {

void toCrisisTakeAway(core::Kiosk& k) {
    core::apply(k, core::action::Start{});
    for (size_t p = 0; p < k.content->profiles.size(); ++p) {
        core::apply(k, core::action::ShowProfile{static_cast<int>(p)});
        if (k.person.result && k.person.result->crisis) break;
    }
    core::apply(k, core::action::ShowTakeAway{});
    REQUIRE(k.person.takeAway.has_value());
}

} // namespace testing
