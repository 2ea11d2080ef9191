// What a new content changes, for the team to read before applying it: services added and
// removed, every phone number, SMS number and opening hours changed (old and new side by
// side), questions and cards added, removed or reworded, and the regions affected. A
// number swapped on the way (3114 for another) must show here. Pure: two loaded contents in.
#pragma once
#include <string>
#include <vector>

#include "core/model/content.h"

namespace core {

// Which value of a service changed.
enum class ServiceValue { Phone, Sms, Hours, OpeningHours };

// One value of one service, before and after.
struct ServiceValueChange {
    std::string service;  // id
    std::string name;     // in the new content's default language
    ServiceValue what = ServiceValue::Phone;
    std::string language;  // Hours: the language id of the text that changed
    std::string before, after;
};

struct ItemChanges {
    std::vector<std::string> added, removed, reworded;  // ids, in content order
    bool empty() const { return added.empty() && removed.empty() && reworded.empty(); }
};

struct ContentChanges {
    std::vector<std::string> servicesAdded;    // "id (name)"
    std::vector<std::string> servicesRemoved;  // "id (name)"
    std::vector<ServiceValueChange> serviceValues;
    std::vector<std::string> servicesReworded;  // name, description or address reworded (ids)
    ItemChanges questions;
    ItemChanges cards;
    std::vector<std::string> regionsAffected;  // region ids, sorted: of services added, removed or changed
    bool empty() const;
};

ContentChanges compareContent(const Content& before, const Content& after);

// One line of the changes as the team reads it. `number`: a phone or SMS number changed
// or a service removed, drawn so it cannot be missed.
struct ChangeLine {
    std::string text;
    bool number = false;
};

// The changes as lines in `language` of the interface strings of `strings` (the content
// running now: its strings.toml says each line in the panel's language), "no change" when
// none. Every value from the new content has its control characters escaped.
std::vector<ChangeLine> describeChanges(const ContentChanges& changes, const Content& strings, LanguageIndex language);

// `pattern` with each {name} replaced by its value in one pass: a value that itself holds
// "{after}" is never replaced again (values come from a pack someone else made).
std::string fillPlaceholders(const std::string& pattern, const std::vector<std::pair<std::string, std::string>>& values);

} // namespace core
