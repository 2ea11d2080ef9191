// What the importers share once they have services: merge them into the content's
// directory, make sure the whole content still passes `repere check`, and write the
// services.toml in one piece.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "core/model/content.h"
#include "core/directory/finess_import.h"
#include "core/directory/services_toml.h"

namespace commands {

// Prints each problem as `FILE:LINE: error|warning: message`; true when any is an error.
bool reportProblems(const std::string& file, const std::vector<core::ImportProblem>& problems, std::ostream& err);

// Merges, checks and writes; returns the exit code (0 written, 1 not written).
int writeImported(const core::Content& content, const std::string& region, const std::string& idPrefix,
                  std::vector<core::ServiceEntry> imported, const std::string& header, const std::string& outPath,
                  std::ostream& out, std::ostream& err);

std::optional<std::string> readWholeFile(const std::string& path);

} // namespace commands
