// The program's folder, its content and data directory on Windows: everything of the
// portable bundle sits beside repere.exe; data goes to %LOCALAPPDATA%\Repere (the user's
// own, never roaming to a domain server, writable without administrator rights).
#include "io/machine/program_places.h"

#include <windows.h>

#include <cstdlib>
#include <system_error>

#include "io/windows/wide_path.h"

namespace io {

namespace fs = std::filesystem;

fs::path programFile(const char* argv0) {
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        const DWORD n = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (n == 0) break;
        if (n < buffer.size()) { buffer.resize(n); return fs::path(buffer); }
        buffer.resize(buffer.size() * 2);  // a long path (a deep folder on a stick)
    }
    std::error_code ec;
    return argv0 ? fs::absolute(fs::u8path(argv0), ec) : fs::path();
}

// The zip's layout: repere.exe, questionnaires\, fonts\ side by side.
fs::path installedContentDirectory(const fs::path& program) { return program.parent_path() / "questionnaires"; }

std::string defaultDataDirectory() {
    const wchar_t* local = _wgetenv(L"LOCALAPPDATA");
    if (local && *local) return windows::narrow((fs::path(local) / L"Repere").wstring());
    return "repere-data";
}

} // namespace io
