// Which regions have local services, and how many each: what the team panel lists so a
// team can see at a glance that the region it set has its directory.
#pragma once
#include <string>
#include <vector>

#include "core/model/content.h"

namespace core {

struct RegionServices {
    std::string region;
    int services = 0;  // local services of the region
    int samples = 0;   // of which example entries
};

// Regions named by local services, in the order they first appear in the content.
std::vector<RegionServices> regionsWithServices(const Content& content);

// "ile-de-france — local services: 6" (the interface string settings_region_count).
std::string regionCountLine(const Content& content, const RegionServices& region, LanguageIndex language);

} // namespace core
