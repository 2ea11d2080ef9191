// Where the team panel can export on Windows: the root of every drive letter Windows calls
// removable (USB sticks, SD cards; not fixed disks or network shares).
#include "io/effects.h"

#include <windows.h>

#include <filesystem>

namespace io {

std::vector<std::string> removableDrives() {
    std::vector<std::string> targets;
    const DWORD drives = GetLogicalDrives();
    for (int letter = 0; letter < 26; ++letter) {
        if (!(drives & (1u << letter))) continue;
        const std::string root = std::string(1, static_cast<char>('A' + letter)) + ":\\";
        if (GetDriveTypeA(root.c_str()) == DRIVE_REMOVABLE) targets.push_back(root);
    }
    return targets;
}

} // namespace io
