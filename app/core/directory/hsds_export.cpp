// Services -> HSDS CSV package (see hsds.h). Our flat service becomes an organization, a
// service, a location with its address, phones, weekly schedules, languages and needs.
#include <algorithm>
#include <array>

#include "core/model/csv.h"
#include "core/directory/hsds.h"

namespace core {
namespace {

using Rows = std::vector<std::vector<std::string>>;

std::string needId(const Content& c, const Need& n) {
    return n.domain == Need::kCrisis ? "crisis" : c.domains[static_cast<size_t>(n.domain)].id;
}

// One schedules.csv row per time span, listing every day that has that span.
void scheduleRows(const Service& s, LanguageIndex lang, Rows& rows) {
    static const std::array<const char*, 7> codes = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    if (!s.openingHours) {
        rows.push_back({s.id + "-schedule-1", s.id, "", "", "", "", s.hours.in(lang)});  // hours in words only
        return;
    }
    std::vector<std::pair<TimeSpan, std::string>> spans;
    for (int d = 0; d < 7; ++d) {
        for (const auto& span : s.openingHours->week[static_cast<size_t>(d)]) {
            auto it = std::find_if(spans.begin(), spans.end(), [&](const auto& x) { return x.first == span; });
            if (it == spans.end()) spans.push_back({span, codes[static_cast<size_t>(d)]});
            else it->second += std::string(",") + codes[static_cast<size_t>(d)];
        }
    }
    int n = 0;
    for (const auto& [span, days] : spans) {
        const std::string closes = span.to >= kMinutesPerDay && span.to % kMinutesPerDay == 0 ? "24:00" : clockText(span.to);
        rows.push_back({s.id + "-schedule-" + std::to_string(++n), s.id, "WEEKLY", days, clockText(span.from), closes,
                        s.hours.in(lang)});
    }
}

} // namespace

HsdsFiles exportHsds(const Content& c, LanguageIndex lang) {
    Rows organizations, services, locations, addresses, links, phones, schedules, languages, terms, attributes;
    for (size_t d = 0; d < c.domains.size(); ++d) {
        terms.push_back({"need-" + c.domains[d].id, c.domains[d].id, c.domains[d].name.in(lang), kHsdsNeedsTaxonomy});
    }
    terms.push_back({"need-crisis", "crisis", "crisis", kHsdsNeedsTaxonomy});
    for (const Service& s : c.services) {
        const std::string org = s.id + "-organization";
        organizations.push_back({org, s.name.in(lang), s.description.in(lang)});
        services.push_back({s.id, org, s.name.in(lang), s.description.in(lang), "active", s.verified, s.source, s.region,
                            s.sample ? "true" : "false"});
        if (!s.address.empty()) {
            const std::string location = s.id + "-location";
            locations.push_back({location, org, s.name.in(lang)});
            addresses.push_back({location + "-address", location, s.address.in(lang), "physical"});
            links.push_back({s.id + "-at-location", s.id, location});
        }
        if (!s.phone.empty()) phones.push_back({s.id + "-phone", s.id, s.phone, "voice"});
        if (!s.sms.empty()) phones.push_back({s.id + "-sms", s.id, s.sms, "text"});
        scheduleRows(s, lang, schedules);
        for (const auto& l : s.languages) languages.push_back({s.id + "-language-" + l, s.id, l});
        for (const Need& n : s.needs) {
            const std::string need = needId(c, n);
            attributes.push_back({s.id + "-need-" + need, s.id, "need-" + need, "service"});
        }
    }
    HsdsFiles files;
    files["organizations.csv"] = writeCsv({"id", "name", "description"}, organizations);
    // source, region and sample are ours (HSDS allows extra columns); the importer ignores them.
    files["services.csv"] = writeCsv({"id", "organization_id", "name", "description", "status", "last_modified",
                                      "repere_source", "repere_region", "repere_sample"}, services);
    files["locations.csv"] = writeCsv({"id", "organization_id", "name"}, locations);
    files["addresses.csv"] = writeCsv({"id", "location_id", "address_1", "address_type"}, addresses);
    files["service_at_location.csv"] = writeCsv({"id", "service_id", "location_id"}, links);
    files["phones.csv"] = writeCsv({"id", "service_id", "number", "type"}, phones);
    files["schedules.csv"] = writeCsv({"id", "service_id", "freq", "byday", "opens_at", "closes_at", "description"}, schedules);
    files["languages.csv"] = writeCsv({"id", "service_id", "code"}, languages);
    files["taxonomy_terms.csv"] = writeCsv({"id", "code", "name", "taxonomy"}, terms);
    files["attributes.csv"] = writeCsv({"id", "link_id", "taxonomy_term_id", "link_entity"}, attributes);
    return files;
}

} // namespace core
