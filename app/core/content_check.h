// `repere check`: validates a content directory and prints every problem.
#pragma once
#include <ostream>
#include <string>

namespace core {

// Prints each diagnostic and a summary line; returns the process exit code (1 on error).
int runCheck(const std::string& directory, std::ostream& out);

} // namespace core
