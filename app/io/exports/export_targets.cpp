// USB sticks the team panel sees on Linux (exports, content packs): mounted drives under /media and /run/media
// (udisks' places).
#include "io/effects.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace io {

namespace fs = std::filesystem;
namespace {

std::set<std::string> mountPoints() {
    std::set<std::string> points;
    std::ifstream mounts("/proc/mounts");
    for (std::string line; std::getline(mounts, line);) {
        std::istringstream fields(line);
        std::string device, point;
        if (fields >> device >> point) points.insert(point);
    }
    return points;
}

} // namespace

std::vector<std::string> removableDrives() {
    std::vector<std::string> targets;
    const auto mounted = mountPoints();
    std::error_code ec;
    for (const char* root : {"/media", "/run/media"}) {
        // /media/LABEL, /media/USER/LABEL, /run/media/USER/LABEL
        for (fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
             !ec && it != end; it.increment(ec)) {
            if (it.depth() > 1) { it.disable_recursion_pending(); continue; }
            if (it->is_directory(ec) && mounted.count(it->path().string())) targets.push_back(it->path().string());
        }
        ec.clear();
    }
    return targets;
}

} // namespace io
