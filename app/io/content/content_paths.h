// Where content and data live by default (DESIGN.md: beside the build, else the
// installed share dir; data under $XDG_DATA_HOME/repere).
#pragma once
#include <string>
#include <vector>

#include "core/content/content_choice.h"
#include "io/machine/program_places.h"

namespace io {


// Content updated on site (from a USB stick, see packaging/) lives in the data directory
// and wins over the shipped content: the latest update, then the previous good one
// (questionnaires.previous, kept by repere-update-content); then the sources'
// questionnaires/ for a build tree; then the installed share directory.
std::vector<core::ContentCandidate> contentCandidates(const char* argv0, const std::string& dataDirectory);
std::string defaultContentDirectory(const char* argv0, const std::string& dataDirectory);
// Every candidate, in that order: the kiosk falls back to the next when one has errors.
std::vector<std::string> contentDirectories(const char* argv0, const std::string& dataDirectory);

} // namespace io
