// The name an export takes on a drive: never over an existing file, so the n-th try
// becomes "name-n.ext". Shared by the Linux and Windows writers (app/io).
#pragma once
#include <string>

namespace core {

// `name` for the first try, then "stem-n.ext".
std::string numberedFileName(const std::string& name, int n);

} // namespace core
