// Event label and stand description rules, and the on-screen keyboard rows.
#include "core/team/event_label.h"

#include <algorithm>

namespace core {
namespace {

// Capitals and small letters in the same order, so a key switches case by position.
const std::vector<std::vector<std::string>>& capitalRows() {
    static const std::vector<std::vector<std::string>> rows = {
        {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"},
        {"A", "Z", "E", "R", "T", "Y", "U", "I", "O", "P"},
        {"Q", "S", "D", "F", "G", "H", "J", "K", "L", "M"},
        {"W", "X", "C", "V", "B", "N", "-"},
        {"À", "Â", "Ç", "É", "È", "Ê", "Ë"},
        {"Î", "Ï", "Ô", "Ù", "Û", "Ü", "Ÿ"},
    };
    return rows;
}

const std::vector<std::vector<std::string>>& smallRows() {
    static const std::vector<std::vector<std::string>> rows = {
        {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"},
        {"a", "z", "e", "r", "t", "y", "u", "i", "o", "p"},
        {"q", "s", "d", "f", "g", "h", "j", "k", "l", "m"},
        {"w", "x", "c", "v", "b", "n", "-"},
        {"à", "â", "ç", "é", "è", "ê", "ë"},
        {"î", "ï", "ô", "ù", "û", "ü", "ÿ"},
    };
    return rows;
}

bool onRows(const std::vector<std::vector<std::string>>& rows, std::string_view character) {
    return std::any_of(rows.begin(), rows.end(), [&](const std::vector<std::string>& row) {
        return std::find(row.begin(), row.end(), character) != row.end();
    });
}

size_t utf8Length(unsigned char lead) {
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    if (lead >= 0xE0) return lead <= 0xEF ? 3 : 1;
    if (lead >= 0xC2) return 2;
    return 1;
}

} // namespace

std::vector<std::string> utf8Characters(std::string_view text) {
    std::vector<std::string> out;
    for (size_t i = 0; i < text.size();) {
        size_t n = utf8Length(static_cast<unsigned char>(text[i]));
        if (i + n > text.size()) n = 1;
        for (size_t j = 1; j < n; ++j) {
            if ((static_cast<unsigned char>(text[i + j]) & 0xC0) != 0x80) { n = 1; break; }
        }
        out.emplace_back(text.substr(i, n));
        i += n;
    }
    return out;
}

bool isEventLabelCharacter(std::string_view c) { return c == " " || onRows(capitalRows(), c) || onRows(smallRows(), c); }

bool isValidEventLabel(std::string_view label) { return isValidLabel(label, kMaxEventLabelChars); }

bool isValidLabel(std::string_view label, size_t maxChars) {
    const std::vector<std::string> chars = utf8Characters(label);
    if (chars.empty() || chars.size() > maxChars) return false;
    if (chars.front() == " " || chars.back() == " ") return false;
    return std::all_of(chars.begin(), chars.end(), [](const std::string& c) { return isEventLabelCharacter(c); });
}

bool canTypeInEventLabel(std::string_view label, std::string_view c) { return canTypeInLabel(label, c, kMaxEventLabelChars); }

bool canTypeInLabel(std::string_view label, std::string_view c, size_t maxChars) {
    if (!isEventLabelCharacter(c)) return false;
    const std::vector<std::string> chars = utf8Characters(label);
    if (chars.size() >= maxChars) return false;
    if (c == " " && (chars.empty() || chars.back() == " ")) return false;
    return true;
}

std::string eventLabelToKeep(std::string_view typed) { return labelToKeep(typed, kMaxEventLabelChars); }

std::string labelToKeep(std::string_view typed, size_t maxChars) {
    const size_t first = typed.find_first_not_of(' ');
    if (first == std::string_view::npos) return "";
    const std::string_view trimmed = typed.substr(first, typed.find_last_not_of(' ') - first + 1);
    return isValidLabel(trimmed, maxChars) ? std::string(trimmed) : "";
}

std::string withoutLastCharacter(std::string_view label) {
    std::vector<std::string> chars = utf8Characters(label);
    if (!chars.empty()) chars.pop_back();
    std::string out;
    for (const std::string& c : chars) out += c;
    return out;
}

std::vector<std::vector<std::string>> eventLabelKeyRows(bool smallLetters) {
    return smallLetters ? smallRows() : capitalRows();
}

} // namespace core
