// Export folders shown by label; which ones may be ejected.
#include "core/team/removable_drive.h"

#include <algorithm>

namespace core {

std::string driveLabel(std::string_view directory) {
    while (directory.size() > 1 && directory.back() == '/') directory.remove_suffix(1);
    const bool media = directory.rfind("/media/", 0) == 0 || directory.rfind("/run/media/", 0) == 0;
    const size_t slash = directory.rfind('/');
    if (!media || slash == std::string_view::npos || slash + 1 >= directory.size()) return std::string(directory);
    return std::string(directory.substr(slash + 1));
}

std::optional<std::string> ejectableDrive(std::string_view directory) {
    const std::string prefix = std::string(kKioskMediaDir) + "/";
    if (directory.rfind(prefix, 0) != 0) return std::nullopt;
    const std::string_view name = directory.substr(prefix.size());
    if (name.empty() || name.size() > 40) return std::nullopt;
    const bool safe = std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
    if (!safe) return std::nullopt;
    return std::string(name);
}

} // namespace core
