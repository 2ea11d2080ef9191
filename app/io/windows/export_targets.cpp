// Where the team panel can export on Windows: the root of every drive letter Windows calls
// removable (USB sticks, SD cards; not fixed disks or network shares), then the data
// directory's exports folder.
#include "io/effects.h"

#include <windows.h>

#include <filesystem>

namespace io {

std::vector<std::string> exportTargets(const std::string& dataDir) {
    std::vector<std::string> targets;
    const DWORD drives = GetLogicalDrives();
    for (int letter = 0; letter < 26; ++letter) {
        if (!(drives & (1u << letter))) continue;
        const std::string root = std::string(1, static_cast<char>('A' + letter)) + ":\\";
        if (GetDriveTypeA(root.c_str()) == DRIVE_REMOVABLE) targets.push_back(root);
    }
    if (!dataDir.empty()) targets.push_back((std::filesystem::u8path(dataDir) / "exports").u8string());
    return targets;
}

} // namespace io
