// Bounded reading of one content file on Windows: the file is opened without following a
// reparse point (a symbolic link or junction planted on a stick), and only a disk file
// is read (never a device, pipe or directory), at most limit + 1 bytes.
#include "io/content/content_file.h"

#include <windows.h>

#include <algorithm>

#include "io/windows/wide_path.h"

namespace io {

using namespace core;  // io works on the core's types
namespace {

struct Handle {
    HANDLE h;
    ~Handle() { if (h != INVALID_HANDLE_VALUE) CloseHandle(h); }
};

// The same words as on Linux (content_file_read.cpp), so `repere check` says the same.
std::string openProblem(DWORD error) {
    switch (error) {
    case ERROR_FILE_NOT_FOUND: case ERROR_PATH_NOT_FOUND: return "cannot open file (every content directory needs it)";
    default: return "cannot open file: " + windows::errorText(error);
    }
}

} // namespace

FileBytes readContentFile(const std::string& path, size_t limit) {
    // FILE_FLAG_OPEN_REPARSE_POINT opens a link itself rather than what it points to;
    // FILE_FLAG_BACKUP_SEMANTICS lets a directory open, so that it is named as one.
    Handle file{CreateFileW(windows::widen(path).c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                            FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_SEQUENTIAL_SCAN, nullptr)};
    if (file.h == INVALID_HANDLE_VALUE) return FileBytes::refused(openProblem(GetLastError()));
    BY_HANDLE_FILE_INFORMATION info{};
    if (GetFileType(file.h) != FILE_TYPE_DISK || !GetFileInformationByHandle(file.h, &info)) {
        return FileBytes::refused("is not a regular file (a FIFO, socket or device): content files must be regular files");
    }
    if (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) {
        return FileBytes::refused("is a symbolic link: content files must be regular files inside the content directory");
    }
    if (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) return FileBytes::refused("is a directory, not a file");
    const unsigned long long size = (static_cast<unsigned long long>(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
    if (size > limit) return FileBytes::refused(contentFileTooLarge(limit));
    std::string bytes;
    char buffer[65536];
    while (bytes.size() <= limit) {
        const DWORD want = static_cast<DWORD>(std::min(sizeof buffer, limit + 1 - bytes.size()));
        DWORD got = 0;
        if (!ReadFile(file.h, buffer, want, &got, nullptr)) return FileBytes::refused("cannot read file: " + windows::errorText(GetLastError()));
        if (got == 0) break;
        bytes.append(buffer, got);
    }
    // The file may have grown since it was measured: the bytes read are what counts.
    if (bytes.size() > limit) return FileBytes::refused(contentFileTooLarge(limit));
    return FileBytes{std::move(bytes)};
}

} // namespace io
