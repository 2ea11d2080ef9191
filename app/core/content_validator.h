// Rules about content as a whole, run after loading: branching reachability, level
// ranges, advice coverage, needs served, phone and date formats, crisis path, sample data.
#pragma once
#include <string>
#include <vector>

#include "core/content.h"
#include "core/diagnostic.h"

namespace core {

void validateContent(const Content& content, std::vector<Diagnostic>& out);

bool isValidPhone(const std::string& phone);  // French formats; see docs/content-format.md
bool isValidDate(const std::string& date);    // YYYY-MM-DD, a real calendar day

} // namespace core
