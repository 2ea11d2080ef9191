// FINESS extract reader and its mapping to services (see finess_import.h).
#include "core/directory/finess_import.h"

#include <charconv>
#include <system_error>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/content/content_validator.h"

namespace core {
namespace {

std::vector<std::string> splitFields(const std::string& line) {
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
        const size_t end = line.find(';', start);
        fields.push_back(line.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) return fields;
        start = end + 1;
    }
}

std::string trimmed(const std::string& s) {
    const size_t a = s.find_first_not_of(' ');
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(' ') - a + 1);
}

bool validUtf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t extra = 0;
        if (c < 0x80) extra = 0;
        else if (c >= 0xc2 && c < 0xe0) extra = 1;
        else if (c >= 0xe0 && c < 0xf0) extra = 2;
        else if (c >= 0xf0 && c < 0xf5) extra = 3;
        else return false;
        if (i + extra >= s.size() && extra > 0) return false;
        for (size_t k = 1; k <= extra; ++k) if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
        i += extra + 1;
    }
    return true;
}

bool isDate(const std::string& s) { return isDay(s); }

std::optional<double> number(const std::string& s) {
    if (s.empty()) return std::nullopt;
    // from_chars reads "652000.5" the same under every locale; std::stod would stop at
    // the dot where the locale's decimal separator is a comma.
    double v = 0;
    const char* end = s.data() + s.size();
    const auto [at, error] = std::from_chars(s.data(), end, v, std::chars_format::fixed);
    if (error != std::errc() || at != end || !std::isfinite(v)) return std::nullopt;
    return v;
}

// FINESS street types, abbreviated as in the register.
std::string streetType(const std::string& code) {
    static const std::map<std::string, std::string> names = {
        {"R", "rue"}, {"AV", "avenue"}, {"BD", "boulevard"}, {"PL", "place"}, {"IMP", "impasse"},
        {"ALL", "allée"}, {"CHE", "chemin"}, {"QU", "quai"}, {"QUA", "quai"}, {"RTE", "route"},
        {"SQ", "square"}, {"PAS", "passage"}, {"CRS", "cours"}, {"FG", "faubourg"}, {"FBG", "faubourg"},
        {"PROM", "promenade"}, {"CITE", "cité"}, {"RPT", "rond-point"}, {"VOIE", "voie"}, {"RES", "résidence"}};
    const auto it = names.find(code);
    return it == names.end() ? code : it->second;
}

std::string joinWords(std::initializer_list<std::string> words) {
    std::string out;
    for (const auto& w : words) if (!w.empty()) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::string addressOf(const std::vector<std::string>& f) {
    std::string street = joinWords({f[7], streetType(f[8]), f[9], f[10]});
    std::string out = street;
    for (const std::string& extra : {f[11], f[15]}) if (!extra.empty()) out += (out.empty() ? "" : ", ") + extra;
    return out;
}

std::string normalisedDepartement(std::string d) {
    d = trimmed(d);
    if (d.size() == 1 && d[0] >= '0' && d[0] <= '9') d = "0" + d;
    return d;
}

void readStructure(const std::vector<std::string>& f, int line, FinessRead& out, std::set<std::string>& seen) {
    if (f.size() != kFinessStructureFields) {
        out.problems.push_back({line, true, "a structureet row has " + std::to_string(f.size()) + " fields; the FINESS format has " +
                                                std::to_string(kFinessStructureFields)});
        return;
    }
    FinessEstablishment e;
    e.line = line;
    e.finess = trimmed(f[1]);
    e.name = trimmed(f[4]).empty() ? trimmed(f[3]) : trimmed(f[4]);
    e.address = addressOf(f);
    e.departement = normalisedDepartement(f[13]);
    e.phone = trimmed(f[16]);
    e.category = trimmed(f[18]);
    if (e.finess.empty()) { out.problems.push_back({line, true, "a structureet row without a FINESS number (field 2)"}); return; }
    if (!seen.insert(e.finess).second) { out.problems.push_back({line, true, "FINESS number " + e.finess + " appears twice"}); return; }
    out.extract->establishments.push_back(std::move(e));
}

} // namespace

std::string utf8FromUtf8OrLatin1(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (validUtf8(bytes)) return std::string(bytes);
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (unsigned char c : bytes) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else {
            out += static_cast<char>(0xc0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3f));
        }
    }
    return out;
}

FinessRead readFinessExtract(std::string_view bytes) {
    FinessRead out;
    out.extract = FinessExtract{};
    const std::string text = utf8FromUtf8OrLatin1(bytes);
    std::set<std::string> seen;
    std::map<std::string, std::pair<double, double>> places;
    size_t start = 0;
    int line = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string row = text.substr(start, end - start);
        start = end + 1;
        ++line;
        if (!row.empty() && row.back() == '\r') row.pop_back();
        if (trimmed(row).empty()) continue;
        const auto f = splitFields(row);
        if (line == 1) {
            if (f.size() < 3 || f[0] != "finess" || f[1] != "etalab" || !isDate(trimmed(f.back()))) {
                out.problems.push_back({1, true, "not a FINESS establishments extract: the first line must be `finess;etalab;…;YYYY-MM-DD`"});
                break;
            }
            out.extract->date = trimmed(f.back());
        } else if (f[0] == "structureet") {
            readStructure(f, line, out, seen);
        } else if (f[0] == "geolocalisation") {
            if (f.size() < 4) {
                out.problems.push_back({line, true, "a geolocalisation row has " + std::to_string(f.size()) +
                                                        " fields; it needs at least the FINESS number, X and Y"});
                continue;
            }
            if (trimmed(f[2]).empty() && trimmed(f[3]).empty()) continue;  // no position known: as if the row were missing
            const auto x = number(trimmed(f[2])), y = number(trimmed(f[3]));
            if (!x || !y) { out.problems.push_back({line, true, "geolocalisation coordinates are not numbers (Lambert-93 metres)"}); continue; }
            places[trimmed(f[1])] = {*x, *y};
        } else {
            out.problems.push_back({line, true, "unknown row type '" + f[0] + "' (structureet or geolocalisation expected)"});
        }
    }
    if (line == 0) out.problems.push_back({0, true, "the file is empty"});
    for (auto& e : out.extract->establishments) {
        const auto it = places.find(e.finess);
        if (it != places.end()) e.lambert93 = it->second;
    }
    if (std::any_of(out.problems.begin(), out.problems.end(), [](const ImportProblem& p) { return p.error; })) out.extract.reset();
    return out;
}

std::optional<std::string> frenchPhone(const std::string& raw) {
    std::string digits;
    for (char c : raw) {
        if (c >= '0' && c <= '9') digits += c;
        else if (c != ' ' && c != '.') return std::nullopt;
    }
    if (digits.size() != 10 || digits[0] != '0' || digits[1] == '0') return std::nullopt;
    std::string out;
    for (size_t i = 0; i < 10; i += 2) out += (i ? " " : "") + digits.substr(i, 2);
    return out;
}

double distanceKm(const LatLon& a, const LatLon& b) {
    constexpr double kEarthKm = 6371.0, kRad = 3.14159265358979323846 / 180.0;
    const double dLat = (b.lat - a.lat) * kRad, dLon = (b.lon - a.lon) * kRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

namespace {

struct Kind {
    const char* label;
    std::vector<const char*> needs;
    const char* fr;
    const char* en;
    const char* discreetFr;  // the name on the take-away code: "CSAPA" there says drugs
    const char* discreetEn;
};

// What each category offers, in our words; the needs are documented in docs/content-format.md.
const Kind* kindOf(const std::string& category) {
    static const Kind csapa{"CSAPA", {"use", "health", "exit"},
                            "Centre de soins en addictologie (CSAPA) : médecins, psys, travailleurs sociaux. Gratuit et confidentiel.",
                            "Addiction care centre (CSAPA): doctors, psychologists, social workers. Free and confidential.",
                            "Centre de soins", "Care centre"};
    static const Kind caarud{"CAARUD", {"use", "health"},
                             "Accueil pour réduire les risques (CAARUD) : matériel, conseils, écoute. Gratuit et anonyme.",
                             "Harm-reduction drop-in (CAARUD): supplies, advice, someone to talk to. Free and anonymous.",
                             "Accueil santé", "Health drop-in"};
    if (category == kFinessCsapa) return &csapa;
    if (category == kFinessCaarud) return &caarud;
    return nullptr;
}

Text sameInEvery(const Content& c, const std::string& s) { return Text{std::vector<std::string>(c.languages.size(), s)}; }

Text byLanguage(const Content& c, const std::string& fr, const std::string& en) {
    Text t;
    for (const auto& l : c.languages) t.byLanguage.push_back(l.id == "fr" ? fr : en);
    return t;
}

// The service an establishment becomes: its name and address as FINESS gives them, the
// kind's description and needs, hours to ask for (FINESS has none).
Service serviceOf(const FinessEstablishment& e, const std::string& phone, const Kind& kind, const Content& c, const std::string& region,
                  const std::string& date) {
    Service s;
    s.id = "finess-" + e.finess;
    s.name = sameInEvery(c, e.name);
    s.discreetName = byLanguage(c, kind.discreetFr, kind.discreetEn);
    s.description = byLanguage(c, kind.fr, kind.en);
    s.phone = phone;
    if (!e.address.empty()) s.address = sameInEvery(c, e.address);
    s.hours = byLanguage(c, "Appelle pour connaître les horaires.", "Call to check the opening hours.");
    s.languages = {"fr"};
    for (const char* need : kind.needs) {
        if (auto domain = c.domainIndex(need)) s.needs.push_back({*domain});
    }
    s.region = region;
    s.verified = date;
    s.source = "FINESS, extraction Etalab du " + date + ", établissement " + e.finess;
    return s;
}

} // namespace

FinessImport importFiness(const FinessExtract& x, const Content& c, const FinessImportOptions& o, const Lambert93ToWgs84& toWgs84) {
    FinessImport out;
    struct Found { ServiceEntry entry; std::optional<double> km; };
    std::vector<Found> found;
    std::set<std::string> wanted;
    for (const auto& d : o.departements) wanted.insert(normalisedDepartement(d));
    std::map<std::string, int> perDepartement;
    for (const auto& e : x.establishments) {
        const Kind* kind = kindOf(e.category);
        if (!kind || !wanted.count(e.departement)) continue;
        ++perDepartement[e.departement];
        const auto phone = frenchPhone(e.phone);
        if (!phone) {
            out.problems.push_back({e.line, false, std::string(kind->label) + " " + e.finess + " (" + e.name + ") " +
                                                       (e.phone.empty() ? "has no phone number" : "has a malformed phone number '" + e.phone + "'") +
                                                       ": left out (a service needs a number to call)"});
            continue;
        }
        Service s = serviceOf(e, *phone, *kind, c, o.region, x.date);
        Found f{{std::move(s), std::string(kind->label) + " " + e.finess + ", line " + std::to_string(e.line) + " of the extract"}, std::nullopt};
        if (o.near) {
            const auto place = e.lambert93 ? toWgs84(e.lambert93->first, e.lambert93->second) : std::nullopt;
            if (place) {
                f.km = distanceKm(*o.near, *place);
                char km[32];
                std::snprintf(km, sizeof km, "%.1f", *f.km);
                f.entry.comment += "\n" + std::string(km) + " km away";
            } else {
                f.entry.comment += "\ndistance unknown: no geolocation in the extract";
                out.problems.push_back({e.line, false, std::string(kind->label) + " " + e.finess + " has no usable geolocation: listed last"});
            }
        }
        found.push_back(std::move(f));
    }
    for (const auto& d : wanted) {
        if (!perDepartement.count(d)) out.problems.push_back({0, true, "département " + d + ": no CSAPA (197) or CAARUD (178) in this extract"});
    }
    if (o.near) {
        std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
            if (a.km.has_value() != b.km.has_value()) return a.km.has_value();
            return a.km && *a.km < *b.km;
        });
    }
    if (std::any_of(out.problems.begin(), out.problems.end(), [](const ImportProblem& p) { return p.error; })) return out;
    if (found.empty()) { out.problems.push_back({0, true, "no CSAPA or CAARUD with a phone number: nothing to import"}); return out; }
    for (auto& f : found) out.services.push_back(std::move(f.entry));
    return out;
}

} // namespace core
