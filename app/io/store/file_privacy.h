// What the file system shows about the statistics store beyond its bytes: its times (set
// back to a day's midnight, so they do not tell when someone used the kiosk) and who may
// read it. Linux: utimensat and chmod; Windows: SetFileTime, and the per-user ACL of
// %LOCALAPPDATA% (windows/file_privacy.cpp).
#pragma once
#include <ctime>
#include <string>

namespace io {

// Access and modification times of a file or directory. Fails silently: a store that
// cannot be touched still counts.
void setFileTimes(const std::string& path, std::time_t when);
// Readable and writable by the owner only.
void keepToOwner(const std::string& path);

} // namespace io
