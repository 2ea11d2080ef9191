// HSDS CSV package -> services (see hsds.h). Each service takes its phone, address and
// schedule from the rows linked to it, directly or through its locations.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <set>

#include "core/content/content_validator.h"
#include "core/model/csv.h"
#include "core/directory/finess_import.h"
#include "core/directory/hsds.h"
#include "core/model/opening_hours.h"

namespace core {

const std::vector<std::string>& hsdsFileNames() {
    static const std::vector<std::string> names = {"services.csv", "organizations.csv", "locations.csv", "addresses.csv",
                                                   "service_at_location.csv", "phones.csv", "schedules.csv", "languages.csv",
                                                   "taxonomy_terms.csv", "attributes.csv"};
    return names;
}

namespace {

struct Package {
    std::map<std::string, CsvTable> tables;
    const std::vector<CsvRow>& rows(const std::string& file) const {
        static const std::vector<CsvRow> none;
        const auto it = tables.find(file);
        return it == tables.end() ? none : it->second.rows;
    }
};

std::string ourId(const std::string& hsdsId) {
    std::string id = "hsds-";
    for (unsigned char c : hsdsId) {
        if (std::isalnum(c)) id += static_cast<char>(std::tolower(c));
        else if (id.back() != '-') id += '-';
    }
    while (id.back() == '-') id.pop_back();
    return id;
}

// "09:00" from "09:00", "09:00:00" or "9:00"; none otherwise.
std::optional<int> minutes(const std::string& t) {
    int h = 0, m = 0;
    char tail = 0;
    if (std::sscanf(t.c_str(), "%d:%d%c", &h, &m, &tail) < 2) return std::nullopt;
    if (tail != 0 && tail != ':') return std::nullopt;
    if (h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m > 0)) return std::nullopt;
    return h * 60 + m;
}

std::optional<int> weekday(const std::string& code) {
    static const std::array<const char*, 7> codes = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    std::string upper;
    for (unsigned char c : code) if (!std::isspace(c)) upper += static_cast<char>(std::toupper(c));
    for (int d = 0; d < 7; ++d) if (upper == codes[static_cast<size_t>(d)]) return d;
    return std::nullopt;
}

std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
        const size_t end = std::min(s.find(',', start), s.size());
        if (end > start) out.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

bool linked(const CsvRow& row, const std::string& serviceId, const std::set<std::string>& locations,
            const std::set<std::string>& links) {
    return row["service_id"] == serviceId || (!row["location_id"].empty() && locations.count(row["location_id"])) ||
           (!row["service_at_location_id"].empty() && links.count(row["service_at_location_id"]));
}

struct Builder {
    const Package& p;
    const Content& c;
    const HsdsImportOptions& o;
    std::vector<ImportProblem>& problems;

    void warn(const std::string& file, int line, std::string message) { problems.emplace_back(line, false, std::move(message), file); }
    void fail(const std::string& file, int line, std::string message) { problems.emplace_back(line, true, std::move(message), file); }

    Text same(const std::string& s) const { return Text{std::vector<std::string>(c.languages.size(), s)}; }

    std::optional<OpeningHours> schedule(const CsvRow& service, const std::set<std::string>& locations,
                                         const std::set<std::string>& links) {
        OpeningHours h;
        bool any = false;
        for (const auto& row : p.rows("schedules.csv")) {
            if (!linked(row, service["id"], locations, links)) continue;
            // A row with a description only (hours in words) adds no times.
            if (row["opens_at"].empty() && row["closes_at"].empty() && row["byday"].empty()) continue;
            const auto from = minutes(row["opens_at"]), to = minutes(row["closes_at"]);
            if (!row["freq"].empty() && row["freq"] != "WEEKLY") {
                warn("schedules.csv", row.line, "only weekly schedules are read; this " + row["freq"] + " one is left out");
                continue;
            }
            if (!from || !to || *from == *to) { warn("schedules.csv", row.line, "opens_at/closes_at are not times such as 09:00; left out"); continue; }
            const auto days = splitList(row["byday"]);
            if (days.empty()) { warn("schedules.csv", row.line, "no byday (MO,TU,…); left out"); continue; }
            for (const auto& d : days) {
                const auto day = weekday(d);
                if (!day) { warn("schedules.csv", row.line, "unknown day '" + d + "' in byday"); continue; }
                h.week[static_cast<size_t>(*day)].push_back({*from, *to > *from ? *to : *to + kMinutesPerDay});
                any = true;
            }
        }
        if (!any) return std::nullopt;
        for (auto& day : h.week) std::sort(day.begin(), day.end(), [](const TimeSpan& a, const TimeSpan& b) { return a.from < b.from; });
        // Written back as text and read again, so the service holds exactly what its file will say.
        auto parsed = parseOpeningHours(formatOpeningHours(h));
        return parsed.hours;
    }

    std::vector<Need> needsOf(const CsvRow& service) {
        std::vector<std::string> ids;
        std::map<std::string, std::string> terms;  // term id -> need id
        for (const auto& t : p.rows("taxonomy_terms.csv")) if (t["taxonomy"] == kHsdsNeedsTaxonomy) terms[t["id"]] = t["code"];
        for (const auto& a : p.rows("attributes.csv")) {
            if (a["link_id"] != service["id"]) continue;
            const auto it = terms.find(a["taxonomy_term_id"]);
            if (it != terms.end()) ids.push_back(it->second);
        }
        if (ids.empty()) ids = o.needs;
        std::vector<Need> needs;
        for (const auto& id : ids) {
            if (id == "crisis") needs.push_back({Need::kCrisis});
            else if (auto d = c.domainIndex(id)) needs.push_back({*d});
            else fail("services.csv", service.line, "unknown need '" + id + "' (a domain id of the content, or crisis)");
        }
        return needs;
    }

    // The first location's address on one line ("street, postcode town"); empty when none.
    Text addressOf(const std::set<std::string>& locations) {
        for (const auto& a : p.rows("addresses.csv")) {
            if (!locations.count(a["location_id"])) continue;
            std::string street = a["address_1"];
            if (!a["address_2"].empty()) street += (street.empty() ? "" : ", ") + a["address_2"];
            std::string town = a["postal_code"];
            if (!a["city"].empty()) town += (town.empty() ? "" : " ") + a["city"];
            if (!town.empty()) street += (street.empty() ? "" : ", ") + town;
            if (!street.empty()) return same(street);
        }
        return {};
    }

    // Two-letter codes of the languages spoken, else the content's default language.
    std::vector<std::string> languagesOf(const std::string& serviceId) {
        std::vector<std::string> codes;
        for (const auto& l : p.rows("languages.csv")) {
            const std::string code = l["code"].substr(0, 2);
            if (l["service_id"] == serviceId && code.size() == 2 && std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
        }
        if (codes.empty()) codes = {c.languages[static_cast<size_t>(c.defaultLanguage)].id};
        return codes;
    }

    // The name on the take-away code: HSDS's alternate_name when given; else, when the name
    // or description gives the person away (take-away rules), a plain placeholder and a
    // warning, so the import still passes `repere check` and the team knows to rename it.
    void discreetName(Service& s, const CsvRow& row) {
        if (!row["alternate_name"].empty()) { s.discreetName = same(row["alternate_name"]); return; }
        bool reveals = false;
        for (size_t l = 0; l < c.languages.size(); ++l) {
            for (const auto* list : {&c.languages[l].takeawayForbidden, &c.languages[l].takeawayRevealing}) {
                reveals = reveals || !forbiddenWordIn(s.name.in(0), *list).empty() || !forbiddenWordIn(s.description.in(0), *list).empty();
            }
        }
        if (!reveals) return;
        for (const auto& l : c.languages) s.discreetName.byLanguage.push_back(l.id == "fr" ? "Service d’aide" : "Support service");
        warn("services.csv", row.line, "service " + row["id"] + ": its name or description would give a person away on the take-away; "
                                       "written with the placeholder discreet_name 'Service d’aide': give it a better one");
    }

    std::optional<ServiceEntry> build(const CsvRow& row) {
        const std::string& id = row["id"];
        if (id.empty()) { fail("services.csv", row.line, "a service without an id"); return std::nullopt; }
        std::set<std::string> locations, links;
        for (const auto& l : p.rows("service_at_location.csv")) {
            if (l["service_id"] == id) { locations.insert(l["location_id"]); links.insert(l["id"]); }
        }
        Service s;
        s.id = ourId(id);
        std::string name = row["name"], description = row["description"];
        for (const auto& org : p.rows("organizations.csv")) {
            if (org["id"] != row["organization_id"]) continue;
            if (name.empty()) name = org["name"];
            if (description.empty()) description = org["description"];
        }
        if (name.empty()) { fail("services.csv", row.line, "service " + id + " has no name"); return std::nullopt; }
        s.name = same(name);
        s.description = same(description.empty() ? name : description);
        discreetName(s, row);
        for (const auto& ph : p.rows("phones.csv")) {
            if (!linked(ph, id, locations, links) && !(ph["organization_id"] == row["organization_id"] && !ph["organization_id"].empty())) continue;
            std::string number = ph["number"];
            // Kept as written when already spaced ("0 800 23 13 13"); bare digits are grouped by two.
            if (number.find(' ') == std::string::npos) if (auto french = frenchPhone(number)) number = *french;
            if (!isValidPhone(number)) { warn("phones.csv", ph.line, "phone '" + ph["number"] + "' is not a French number; left out"); continue; }
            if (ph["type"] == "text" || ph["type"] == "sms") { if (s.sms.empty()) s.sms = number; }
            else if (s.phone.empty()) s.phone = number;
        }
        if (s.phone.empty() && s.sms.empty()) {
            warn("services.csv", row.line, "service " + id + " (" + name + ") has no usable phone number: left out");
            return std::nullopt;
        }
        s.address = addressOf(locations);
        s.openingHours = schedule(row, locations, links);
        std::string hoursText;
        for (const auto& sc : p.rows("schedules.csv")) if (linked(sc, id, locations, links) && hoursText.empty()) hoursText = sc["description"];
        if (!hoursText.empty()) s.hours = same(hoursText);
        else if (s.openingHours) s.hours = same(s.openingHours->text);
        else {
            s.hours = Text{};
            for (const auto& l : c.languages) s.hours.byLanguage.push_back(l.id == "fr" ? "Appelle pour connaître les horaires." : "Call to check the opening hours.");
        }
        s.languages = languagesOf(id);
        s.needs = needsOf(row);
        if (s.needs.empty()) { fail("services.csv", row.line, "service " + id + " has no needs: give them with --needs (e.g. --needs use --needs health)"); return std::nullopt; }
        s.region = o.region;
        const std::string modified = row["last_modified"].substr(0, 10);
        s.verified = isDay(modified) ? modified : o.verified;
        if (!isDay(s.verified)) { fail("services.csv", row.line, "service " + id + " has no last_modified date: give one with --verified YYYY-MM-DD"); return std::nullopt; }
        s.source = "Open Referral HSDS package, service " + id + (row["url"].empty() ? "" : " (" + row["url"] + ")");
        return ServiceEntry{std::move(s), "HSDS service " + id + ", services.csv line " + std::to_string(row.line)};
    }
};

} // namespace

HsdsImport importHsds(const HsdsFiles& files, const Content& c, const HsdsImportOptions& o) {
    HsdsImport out;
    Package p;
    for (const auto& name : hsdsFileNames()) {
        const auto it = files.find(name);
        if (it == files.end()) continue;
        auto read = readCsv(it->second);
        if (!read.table) { out.problems.emplace_back(read.errorLine, true, read.error, name); continue; }
        p.tables[name] = std::move(*read.table);
    }
    if (!files.count("services.csv")) out.problems.emplace_back(0, true, "no services.csv: not an HSDS package", "services.csv");
    if (std::any_of(out.problems.begin(), out.problems.end(), [](const ImportProblem& x) { return x.error; })) return out;
    Builder b{p, c, o, out.problems};
    std::set<std::string> seen;
    std::vector<ServiceEntry> services;
    for (const auto& row : p.rows("services.csv")) {
        if (!row["status"].empty() && row["status"] != "active") continue;
        auto e = b.build(row);
        if (!e) continue;
        if (!seen.insert(e->service.id).second) { b.fail("services.csv", row.line, "service id " + row["id"] + " appears twice"); continue; }
        services.push_back(std::move(*e));
    }
    if (std::any_of(out.problems.begin(), out.problems.end(), [](const ImportProblem& x) { return x.error; })) return out;
    if (services.empty()) { out.problems.emplace_back(0, true, "no active service with a phone number: nothing to import", "services.csv"); return out; }
    out.services = std::move(services);
    return out;
}

} // namespace core
