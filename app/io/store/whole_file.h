// Files the program creates for itself (the statistics store, the PIN marker, trusted keys,
// content packs and their unpacked files, signing keys): each created new, never over an
// existing file and never through a link someone planted, written whole and flushed to the
// device, or removed. Linux and Windows keep these promises each its own way
// (whole_file.cpp, windows/whole_file.cpp); replacing a file is built on them.
#pragma once
#include <string>

namespace io {

enum class Readers { Owner, Everyone };  // Owner: mode 0600; Everyone: 0644 before the umask

struct FileWritten {
    bool ok = false;
    std::string error;    // a path and the system's words, when not ok
    int errorNumber = 0;  // the errno that says it (ENOSPC for a full disk), when not ok
};

// A new file at `path` holding `bytes`; fails when anything is already there.
FileWritten createWholeFile(const std::string& path, const std::string& bytes, Readers readers);

// `path` holds `bytes` afterwards, or is untouched: a new file beside it, renamed over it.
FileWritten replaceWholeFile(const std::string& path, const std::string& bytes, Readers readers);

} // namespace io
