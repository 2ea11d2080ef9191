// Where the program itself is and where it keeps its data, as the system says: on Linux
// /proc/self/exe, the installed share directory and $XDG_DATA_HOME/repere; on Windows the
// folder of repere.exe (content and fonts beside it) and %LOCALAPPDATA%\Repere.
#pragma once
#include <filesystem>
#include <string>

namespace io {

// The running program's file (argv0 made absolute when the system cannot say).
std::filesystem::path programFile(const char* argv0);
// The shipped content of an installed program: <prefix>/share/repere/questionnaires on
// Linux, the questionnaires folder beside repere.exe on Windows.
std::filesystem::path installedContentDirectory(const std::filesystem::path& program);
// Statistics, settings and content updates (DESIGN.md).
std::string defaultDataDirectory();

} // namespace io
