// Reads the FINESS establishments extract (the French register of health and social
// establishments, as published in open data) and turns its CSAPA and CAARUD into
// services. Pure: bytes in, services and problems out; coordinates are converted by a
// function the caller passes (PROJ in the command line, a fake in tests).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/content.h"
#include "core/directory/services_toml.h"

namespace core {

constexpr const char* kFinessCsapa = "197";
constexpr const char* kFinessCaarud = "178";
constexpr size_t kFinessStructureFields = 32;

struct LatLon {
    double lat = 0;
    double lon = 0;
};

// Lambert-93 (EPSG:2154) metres to WGS84 degrees; none when the point cannot be converted.
using Lambert93ToWgs84 = std::function<std::optional<LatLon>(double x, double y)>;

struct FinessEstablishment {
    int line = 0;
    std::string finess;      // establishment number (nofinesset)
    std::string category;    // categetab: 197 CSAPA, 178 CAARUD, …
    std::string departement;
    std::string name;
    std::string address;     // street line, then postcode and town
    std::string phone;       // as in the extract (digits)
    std::optional<std::pair<double, double>> lambert93;  // x, y in metres
};

struct FinessExtract {
    std::string date;  // YYYY-MM-DD, from the first line
    std::vector<FinessEstablishment> establishments;
};

struct FinessRead {
    std::optional<FinessExtract> extract;  // none when any error was found
    std::vector<ImportProblem> problems;
};

// `bytes` in UTF-8 or Latin-1 (detected: bytes that are not valid UTF-8 are read as Latin-1).
FinessRead readFinessExtract(std::string_view bytes);

// UTF-8 as is; anything else converted from Latin-1.
std::string utf8FromUtf8OrLatin1(std::string_view bytes);

struct FinessImportOptions {
    std::vector<std::string> departements;  // "75", "2A", "971"
    std::string region;
    std::optional<LatLon> near;             // order by distance from here
};

struct FinessImport {
    std::vector<ServiceEntry> services;  // empty when any error was found
    std::vector<ImportProblem> problems;
};

// CSAPA and CAARUD of the departements as services of `region` for `content` (its
// languages and domains). Needs per category are documented in docs/content-format.md.
FinessImport importFiness(const FinessExtract& extract, const Content& content, const FinessImportOptions& options,
                          const Lambert93ToWgs84& toWgs84);

// "01 99 00 10 01" from "0199001001"; none unless 10 digits starting with 0.
std::optional<std::string> frenchPhone(const std::string& digits);

// Great-circle distance in kilometres.
double distanceKm(const LatLon& a, const LatLon& b);

} // namespace core
