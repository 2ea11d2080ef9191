// Per-language text lookup and placeholder filling.
#include "core/model/text.h"

namespace core {

const std::string& Text::in(LanguageIndex language) const {
    static const std::string none;
    if (language < 0 || language >= static_cast<int>(byLanguage.size())) {
        return byLanguage.empty() ? none : byLanguage.front();
    }
    return byLanguage[static_cast<size_t>(language)];
}

std::string fillPlaceholder(std::string pattern, const std::string& name, const std::string& value) {
    const std::string token = "{" + name + "}";
    for (size_t at = pattern.find(token); at != std::string::npos; at = pattern.find(token, at + value.size())) {
        pattern.replace(at, token.size(), value);
    }
    return pattern;
}

} // namespace core
