// Text a person reads, one string per declared language of the content.
#pragma once
#include <string>
#include <vector>

namespace core {

// Index into Content::languages. Every Text of a loaded Content has one entry per
// language, so lookups never fail once content is valid.
using LanguageIndex = int;

struct Text {
    std::vector<std::string> byLanguage;

    const std::string& in(LanguageIndex language) const;
    bool empty() const { return byLanguage.empty(); }
};

// Replaces each "{name}" in pattern with value; other braces are left as they are.
std::string fillPlaceholder(std::string pattern, const std::string& name, const std::string& value);

} // namespace core
