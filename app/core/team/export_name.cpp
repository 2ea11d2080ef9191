// The n-th name an export may take.
#include "core/team/export_name.h"

namespace core {

std::string numberedFileName(const std::string& name, int n) {
    if (n == 1) return name;
    const size_t dot = name.rfind('.');
    const std::string stem = dot == std::string::npos ? name : name.substr(0, dot);
    const std::string ext = dot == std::string::npos ? "" : name.substr(dot);
    return stem + "-" + std::to_string(n) + ext;
}

} // namespace core
