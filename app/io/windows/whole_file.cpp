// See whole_file.h. Windows: CREATE_NEW never opens an existing file, a reparse point
// (symbolic link, junction) is opened as itself and refused, and a file only its owner
// reads gets a security descriptor naming the owner alone (no inherited access for others).
#include "io/store/whole_file.h"

#include <windows.h>
#include <sddl.h>

#include "io/windows/wide_path.h"

namespace io {
namespace {

FileWritten failed(const std::string& what, DWORD code) {
    FileWritten result;
    result.errorNumber = windows::errnoOf(code);
    result.error = what + ": " + windows::errorText(code);
    return result;
}

// Owner only: full access for the file's owner, nothing inherited from the folder.
HANDLE createNew(const std::wstring& path, Readers readers) {
    SECURITY_ATTRIBUTES attributes{sizeof attributes, nullptr, FALSE};
    PSECURITY_DESCRIPTOR owner = nullptr;
    if (readers == Readers::Owner &&
        ConvertStringSecurityDescriptorToSecurityDescriptorW(L"D:P(A;;FA;;;OW)", SDDL_REVISION_1, &owner, nullptr)) {
        attributes.lpSecurityDescriptor = owner;
    }
    HANDLE file = CreateFileW(path.c_str(), GENERIC_WRITE | DELETE, 0, &attributes, CREATE_NEW,
                              FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_WRITE_THROUGH, nullptr);
    const DWORD error = GetLastError();
    if (owner) LocalFree(owner);
    SetLastError(error);
    return file;
}

} // namespace

FileWritten createWholeFile(const std::string& path, const std::string& bytes, Readers readers) {
    HANDLE file = createNew(windows::widen(path), readers);
    if (file == INVALID_HANDLE_VALUE) return failed("cannot create " + path, GetLastError());
    DWORD written = 0;
    const bool ok = bytes.size() <= MAXDWORD &&
                    WriteFile(file, bytes.data(), static_cast<DWORD>(bytes.size()), &written, nullptr) &&
                    written == bytes.size() && FlushFileBuffers(file);
    const DWORD error = ok ? 0 : (GetLastError() ? GetLastError() : ERROR_WRITE_FAULT);
    if (!ok) {
        FILE_DISPOSITION_INFO remove{TRUE};  // never half a file under the real name
        SetFileInformationByHandle(file, FileDispositionInfo, &remove, sizeof remove);
    }
    CloseHandle(file);
    if (ok) return FileWritten{true, {}, 0};
    return failed("cannot write " + path, error);
}

} // namespace io
