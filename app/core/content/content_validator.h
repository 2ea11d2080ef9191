// Rules about content as a whole, run after loading: branching reachability, level
// ranges, advice coverage, needs served, phone and date formats, crisis path, sample data,
// emergency first contacts, and the words a take-away must never carry.
#pragma once
#include <string>
#include <vector>

#include "core/model/content.h"
#include "core/model/calendar_day.h"
#include "core/model/diagnostic.h"
#include "core/content/takeaway_rules.h"  // forbiddenWordIn, used by the take-away tests

namespace core {

void validateContent(const Content& content, std::vector<Diagnostic>& out);

bool isValidPhone(const std::string& phone);  // French formats; see docs/content-format.md

} // namespace core
