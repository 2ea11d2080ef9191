// The take-away rules of content validation (see takeaway_rules.cpp), and the word
// matching they use.
#pragma once
#include <string>
#include <vector>

#include "core/model/content.h"
#include "core/model/diagnostic.h"

namespace core {

// Adds a diagnostic for each take-away rule the content breaks.
void validateTakeAway(const Content& content, std::vector<Diagnostic>& out);

// The first of `entries` found in `text` (ASCII case folded), or "" if none. An entry
// matches at the start of a word: "vend*" any word beginning with "vend", "vendre" only
// that whole word (so "vendredi" stays allowed). Accented letters count as letters,
// apostrophes and other punctuation do not.
std::string forbiddenWordIn(const std::string& text, const std::vector<std::string>& entries);

} // namespace core
