// The store's file times on Windows (SetFileTime; a directory opens with backup
// semantics). Who may read it: %LOCALAPPDATA% is the user's own by its inherited ACL, so
// nothing is changed here (keepToOwner does nothing on purpose).
#include "io/store/file_privacy.h"

#include <windows.h>

#include "io/windows/wide_path.h"

namespace io {

void setFileTimes(const std::string& path, std::time_t when) {
    HANDLE h = CreateFileW(windows::widen(path).c_str(), FILE_WRITE_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                           nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE) return;
    // FILETIME: 100 ns ticks since 1601-01-01.
    const unsigned long long ticks = (static_cast<unsigned long long>(when) + 11644473600ULL) * 10000000ULL;
    const FILETIME t{static_cast<DWORD>(ticks), static_cast<DWORD>(ticks >> 32)};
    SetFileTime(h, nullptr, &t, &t);
    CloseHandle(h);
}

void keepToOwner(const std::string&) {}

} // namespace io
