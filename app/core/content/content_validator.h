// Rules about content as a whole, run after loading: branching reachability, level
// ranges, advice coverage, needs served, phone and date formats, crisis path, sample data,
// emergency first contacts, and the words a take-away must never carry.
#pragma once
#include <string>
#include <vector>

#include "core/model/content.h"
#include "core/model/calendar_day.h"
#include "core/model/diagnostic.h"

namespace core {

void validateContent(const Content& content, std::vector<Diagnostic>& out);

bool isValidPhone(const std::string& phone);  // French formats; see docs/content-format.md

// The first of `entries` found in `text` (ASCII case folded), or "" if none. An entry
// matches at the start of a word: "vend*" any word beginning with "vend", "vendre" only
// that whole word (so "vendredi" stays allowed). Accented letters count as letters,
// apostrophes and other punctuation do not.
std::string forbiddenWordIn(const std::string& text, const std::vector<std::string>& entries);

} // namespace core
