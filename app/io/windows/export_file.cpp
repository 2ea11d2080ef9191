// Export file creation on Windows with the same promises as on Linux: CREATE_NEW never
// opens an existing file, a reparse point (symbolic link, junction) is refused as the
// folder or as the file, and the bytes reach the device before the panel says done.
#include "io/exports/export_file.h"

#include "core/team/export_name.h"

#include <windows.h>

#include <cerrno>

#include "io/store/whole_file.h"
#include "io/windows/wide_path.h"

namespace io {
namespace {

ExportWritten failed(const std::string& where, DWORD code) {
    ExportWritten result;
    result.errorNumber = windows::errnoOf(code);
    result.error = where + ": " + windows::errorText(code);
    return result;
}

// The folder itself must be a real one: not a link someone planted to send the file elsewhere.
bool isPlainDirectory(const std::wstring& path, DWORD& error) {
    const DWORD attributes = GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) { error = GetLastError(); return false; }
    error = ERROR_DIRECTORY;
    return (attributes & FILE_ATTRIBUTE_DIRECTORY) && !(attributes & FILE_ATTRIBUTE_REPARSE_POINT);
}

} // namespace

// Each numbered name is tried as a new whole file (io/store/whole_file.h: created new, no
// reparse point followed, flushed, removed if half written) until one is free.
ExportWritten writeNewFile(const std::string& directory, const std::string& name, const std::string& bytes) {
    const std::wstring dir = windows::widen(directory);
    CreateDirectoryW(dir.c_str(), nullptr);  // the data directory's exports folder may not exist yet
    DWORD error = 0;
    if (!isPlainDirectory(dir, error)) return failed(directory, error == ERROR_DIRECTORY ? ERROR_ACCESS_DENIED : error);
    FileWritten written;
    std::string path;
    for (int n = 1; n <= 99; ++n) {
        path = directory + "\\" + core::numberedFileName(name, n);
        written = createWholeFile(path, bytes, Readers::Everyone);
        if (written.ok || written.errorNumber != EEXIST) break;
    }
    ExportWritten result;
    result.ok = written.ok;
    if (written.ok) result.path = path;
    result.error = written.error;
    result.errorNumber = written.errorNumber;
    return result;
}

} // namespace io
