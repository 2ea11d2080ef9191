// What a new content changes, for the team to read before applying it: services added and
// removed, every phone number, SMS number and opening hours changed (old and new side by
// side), questions and cards added, removed or reworded, and the regions affected. A
// number swapped on the way (3114 for another) must show here. Pure: two loaded contents in.
#pragma once
#include <string>
#include <vector>

#include "core/model/content.h"

namespace core {

// One value of one service, before and after ("phone", "SMS", "hours (fr)", "opening hours").
struct ServiceValueChange {
    std::string service;  // id
    std::string name;     // in the new content's default language
    std::string what;
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

// The changes as lines of plain text (the team's and the tests' view), "no change" when none.
std::vector<std::string> describeChanges(const ContentChanges& changes);

} // namespace core
