// Lookups over loaded content.
#include "core/model/content.h"

#include <algorithm>

namespace core {
namespace {
template <typename Items>
std::optional<int> indexOf(const Items& items, const std::string& id) {
    for (size_t i = 0; i < items.size(); ++i) if (items[i].id == id) return static_cast<int>(i);
    return std::nullopt;
}
} // namespace

std::string Content::ui(const std::string& id, LanguageIndex language) const {
    auto it = uiStrings.find(id);
    return it == uiStrings.end() ? id : it->second.in(language);
}

std::string Content::regionName(const std::string& id, LanguageIndex language) const {
    if (id == "national" && uiStrings.count("region_national")) return ui("region_national", language);
    for (const auto& r : regions) if (r.id == id) return r.name.in(language);
    return id;
}

std::optional<LanguageIndex> Content::languageIndex(const std::string& id) const { return indexOf(languages, id); }
std::optional<int> Content::questionIndex(const std::string& id) const { return indexOf(questions, id); }
std::optional<int> Content::domainIndex(const std::string& id) const { return indexOf(domains, id); }

bool Service::serves(const Need& need) const { return std::find(needs.begin(), needs.end(), need) != needs.end(); }

} // namespace core
