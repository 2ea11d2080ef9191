// Open Referral HSDS (Human Services Data Specification, version 3) CSV packages: read
// one into services, and write ours as one. The package is passed as file name -> bytes,
// so this stays free of the disk; the command line reads and writes the files.
//
// Files used: services.csv (required), organizations.csv, locations.csv, addresses.csv,
// service_at_location.csv, phones.csv, schedules.csv, languages.csv, and for the needs
// taxonomy_terms.csv + attributes.csv (taxonomy "repere-needs"). Other files are ignored.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/model/content.h"
#include "core/directory/services_toml.h"

namespace core {

using HsdsFiles = std::map<std::string, std::string>;

constexpr const char* kHsdsNeedsTaxonomy = "repere-needs";

// The CSV files an HSDS package may hold that the importer reads.
const std::vector<std::string>& hsdsFileNames();

struct HsdsImportOptions {
    std::string region;
    std::vector<std::string> needs;  // for services the package gives no repere-needs terms
    std::string verified;            // YYYY-MM-DD when a service has no last_modified date
};

struct HsdsImport {
    std::vector<ServiceEntry> services;  // empty when any error was found
    std::vector<ImportProblem> problems;
};

HsdsImport importHsds(const HsdsFiles& files, const Content& content, const HsdsImportOptions& options);

// Our services as an HSDS package: one organization per service, its phone, address,
// weekly schedule, languages and needs; text in `language`.
HsdsFiles exportHsds(const Content& content, LanguageIndex language);

} // namespace core
