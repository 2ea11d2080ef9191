// Export file creation on Windows with the same promises as on Linux: CREATE_NEW never
// opens an existing file, a reparse point (symbolic link, junction) is refused as the
// folder or as the file, and the bytes reach the device before the panel says done.
#include "io/exports/export_file.h"

#include "core/team/export_name.h"

#include <windows.h>

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

ExportWritten writeNewFile(const std::string& directory, const std::string& name, const std::string& bytes) {
    const std::wstring dir = windows::widen(directory);
    CreateDirectoryW(dir.c_str(), nullptr);  // the data directory's exports folder may not exist yet
    DWORD error = 0;
    if (!isPlainDirectory(dir, error)) return failed(directory, error == ERROR_DIRECTORY ? ERROR_ACCESS_DENIED : error);
    HANDLE file = INVALID_HANDLE_VALUE;
    std::string chosen;
    for (int n = 1; n <= 99 && file == INVALID_HANDLE_VALUE; ++n) {
        chosen = core::numberedFileName(name, n);
        file = CreateFileW((dir + L"\\" + windows::widen(chosen)).c_str(), GENERIC_WRITE | DELETE, 0, nullptr, CREATE_NEW,
                           FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_WRITE_THROUGH, nullptr);
        if (file == INVALID_HANDLE_VALUE && GetLastError() != ERROR_FILE_EXISTS) break;
    }
    if (file == INVALID_HANDLE_VALUE) return failed(directory + "\\" + chosen, GetLastError());
    DWORD written = 0;
    bool ok = bytes.size() <= MAXDWORD && WriteFile(file, bytes.data(), static_cast<DWORD>(bytes.size()), &written, nullptr) &&
              written == bytes.size() && FlushFileBuffers(file);
    const DWORD savedError = GetLastError();
    if (!ok) {
        FILE_DISPOSITION_INFO remove{TRUE};  // never leave half a file under the real name
        SetFileInformationByHandle(file, FileDispositionInfo, &remove, sizeof remove);
    }
    CloseHandle(file);
    if (!ok) return failed(directory + "\\" + chosen, savedError ? savedError : ERROR_WRITE_FAULT);
    ExportWritten result;
    result.ok = true;
    result.path = directory + "\\" + chosen;
    return result;
}

} // namespace io
