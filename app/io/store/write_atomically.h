// Writes a whole file or nothing: the text goes to a temporary file beside the target,
// which is renamed over it only once complete. An import never leaves half a file.
#pragma once
#include <string>

namespace io {

// False with `error` set when the file could not be written; the target is then untouched.
bool writeAtomically(const std::string& path, const std::string& text, std::string& error);

} // namespace io
