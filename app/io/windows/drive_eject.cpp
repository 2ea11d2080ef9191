// Ejecting a removable drive from the team panel on Windows: the volume's buffers are
// flushed, then it is locked, dismounted and ejected, which a standard user may do for a
// removable drive. The drive is named by its letter: directory "E:\" or inside it.
#include "io/exports/drive_eject.h"

#include <windows.h>
#include <winioctl.h>

#include "io/windows/wide_path.h"

namespace io {

bool requestEject(const std::string& directory, const std::string& name, std::string& error) {
    (void)name;  // Linux names the request after the stick; here the letter is enough
    if (directory.size() < 2 || directory[1] != ':') { error = directory + ": not a drive letter"; return false; }
    const std::wstring volume = L"\\\\.\\" + std::wstring(1, static_cast<wchar_t>(directory[0])) + L":";
    HANDLE drive = CreateFileW(volume.c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                               OPEN_EXISTING, 0, nullptr);
    if (drive == INVALID_HANDLE_VALUE) { error = windows::errorText(GetLastError()); return false; }
    DWORD unused = 0;
    PREVENT_MEDIA_REMOVAL allow{FALSE};
    const bool ok = FlushFileBuffers(drive) &&
                    DeviceIoControl(drive, FSCTL_LOCK_VOLUME, nullptr, 0, nullptr, 0, &unused, nullptr) &&
                    DeviceIoControl(drive, FSCTL_DISMOUNT_VOLUME, nullptr, 0, nullptr, 0, &unused, nullptr) &&
                    DeviceIoControl(drive, IOCTL_STORAGE_MEDIA_REMOVAL, &allow, sizeof allow, nullptr, 0, &unused, nullptr) &&
                    DeviceIoControl(drive, IOCTL_STORAGE_EJECT_MEDIA, nullptr, 0, nullptr, 0, &unused, nullptr);
    if (!ok) error = windows::errorText(GetLastError());
    CloseHandle(drive);
    return ok;
}

} // namespace io
