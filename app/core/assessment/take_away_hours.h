// A service's opening hours as they go on the take-away code: fixed hours ("9 h–19 h",
// "24 h/24"), the same whenever the code is made. Never "open now" or "opens at": the
// code is read later, when that would be false. Pure: no clock is involved at all.
#pragma once
#include <string>

#include "core/model/content.h"

namespace core {

// Around the clock: the interface string `takeaway_hours_always`. The same single span
// every day: that span, each end in `takeaway_hour` (or `takeaway_hour_minutes` when not
// on the hour), joined by `takeaway_hours_span`. Anything else (or no structured hours):
// the first sentence of the service's written hours.
std::string takeAwayHours(const Content& content, const Service& service, LanguageIndex language);

} // namespace core
