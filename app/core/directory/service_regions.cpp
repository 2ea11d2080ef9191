// See service_regions.h.
#include "core/directory/service_regions.h"

#include <algorithm>

namespace core {

std::vector<RegionServices> regionsWithServices(const Content& c) {
    std::vector<RegionServices> out;
    for (const Service& s : c.services) {
        if (s.national()) continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const RegionServices& r) { return r.region == s.region; });
        if (it == out.end()) it = out.insert(out.end(), RegionServices{s.region, 0, 0});
        ++it->services;
        if (s.sample) ++it->samples;
    }
    return out;
}

std::string regionCountLine(const Content& c, const RegionServices& r, LanguageIndex lang) {
    std::string line = fillPlaceholder(fillPlaceholder(c.ui("settings_region_count", lang), "region", c.regionName(r.region, lang)), "n",
                                       std::to_string(r.services));
    if (r.samples > 0) line += " " + fillPlaceholder(c.ui("settings_region_samples", lang), "n", std::to_string(r.samples));
    return line;
}

} // namespace core
