// Windows' UTF-16 for the program's UTF-8 strings (paths above all), and the system's
// errors in words and as errno values (core::exportFailureMessage speaks errno).
#pragma once
#include <string>

namespace io::windows {

std::wstring widen(const std::string& utf8);
std::string narrow(const std::wstring& utf16);
// GetLastError()'s code in the system's words, without the trailing line break.
std::string errorText(unsigned long code);
// The errno that says the same (ENOSPC for a full disk…), EIO when none does.
int errnoOf(unsigned long code);

} // namespace io::windows
