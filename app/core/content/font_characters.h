// The characters the kiosk's font atlas is built with: what the content shows in every
// language, plus what the program itself writes. Fewer glyphs make a smaller texture
// (less memory, a faster start); a character left out would draw as "?".
#pragma once
#include <string>

#include "core/model/content.h"

namespace core {

// Sorted, each once, no control characters: printable ASCII (digits, punctuation, and
// what paths, drive names and error messages use), every character of the content's
// visible text, the event-label keyboard's keys, and the symbols the views and core
// texts add (— – · → − … ’ « » and no-break spaces).
std::u32string fontCharacters(const Content& content);

} // namespace core
