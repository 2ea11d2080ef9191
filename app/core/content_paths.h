// Where content and data live by default (DESIGN.md: beside the build, else the
// installed share dir; data under $XDG_DATA_HOME/repere).
#pragma once
#include <string>

namespace core {

std::string defaultContentDirectory(const char* argv0);
std::string defaultDataDirectory();

} // namespace core
