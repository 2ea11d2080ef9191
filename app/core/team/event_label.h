// The event label a team gives the kiosk in the panel (statistics are counted per
// event): which characters it may hold, how long it may be, and the on-screen keyboard
// that types it. The keyboard is built from exactly the allowed characters, so a label
// typed by touch is always valid, and a physical keyboard goes through the same rule.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace core {

// At most this many characters (not bytes: "É" is one).
constexpr size_t kMaxEventLabelChars = 24;
// The stand description (how people find the team, shown with the emergency numbers) is
// typed on the same keyboard, from the same characters, up to this many.
constexpr size_t kMaxStandDescriptionChars = 60;

// 1 to kMaxEventLabelChars characters, each a letter A–Z or a–z, a French accented
// letter (à â ç é è ê ë î ï ô ù û ü ÿ and their capitals), a digit, a space or a
// hyphen; no space at either end.
bool isValidEventLabel(std::string_view label);

// The same rules for any line typed on the keyboard, at most `maxChars` characters long
// (the stand description uses kMaxStandDescriptionChars).
bool isValidLabel(std::string_view label, size_t maxChars);
bool canTypeInLabel(std::string_view label, std::string_view character, size_t maxChars);
std::string labelToKeep(std::string_view typed, size_t maxChars);

// Whether one character (its UTF-8 bytes) may appear in a label.
bool isEventLabelCharacter(std::string_view character);

// Whether `character` may be typed after `label`: an allowed character, room left, and
// no space at the start or right after another space (a space at the end is allowed
// while typing: the next word follows it).
bool canTypeInEventLabel(std::string_view label, std::string_view character);

// The label as the statistics keep it: `typed` without spaces at either end, or "" when
// that is not a valid label.
std::string eventLabelToKeep(std::string_view typed);

// `label` without its last character (a whole UTF-8 character).
std::string withoutLastCharacter(std::string_view label);

// The on-screen keyboard's character keys, row by row (a French AZERTY order), in
// capitals or small letters. Space, delete and the case switch are separate keys.
std::vector<std::vector<std::string>> eventLabelKeyRows(bool smallLetters);

// The characters of a UTF-8 string, one string each (invalid bytes become one each).
std::vector<std::string> utf8Characters(std::string_view text);

} // namespace core
