// Writes an export onto a drive someone else may have prepared: a new file only (never
// through a symlink, never over an existing file), flushed to the device before the
// panel says the drive can be removed.
#pragma once
#include <string>

namespace io {

struct ExportWritten {
    bool ok = false;
    std::string path;   // the file written, when ok
    std::string error;  // what went wrong, when not (a path and the system's words)
    int errorNumber = 0;  // errno, when not
};

// Creates `directory`/`name` (or name-2, name-3… when taken) with O_CREAT|O_EXCL|O_NOFOLLOW,
// writes `bytes`, fsyncs the file and the directory. `name` has the form "stem.ext".
ExportWritten writeNewFile(const std::string& directory, const std::string& name, const std::string& bytes);

} // namespace io
