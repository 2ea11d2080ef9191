// A cold start of this program on Windows: CreateProcess of repere.exe itself, standard
// output to NUL, the child's peak working set read at its exit (Windows has no
// proportional set size: both figures are the peak working set).
#include "platform/cold_start.h"

#include <windows.h>
#include <psapi.h>

#include <chrono>

namespace platform {
namespace {

std::wstring quoted(const std::string& arg) {
    std::wstring out = L"\"";
    for (char c : arg) {
        if (c == '"') out += L'\\';
        out += static_cast<wchar_t>(static_cast<unsigned char>(c));
    }
    return out + L"\"";
}

} // namespace

ColdRun runColdStart(const std::vector<std::string>& args) {
    using Clock = std::chrono::steady_clock;
    ColdRun run;
    wchar_t self[MAX_PATH * 4];
    if (!GetModuleFileNameW(nullptr, self, MAX_PATH * 4)) return run;
    std::wstring line = L"\"" + std::wstring(self) + L"\"";
    for (const std::string& a : args) line += L" " + quoted(a);
    SECURITY_ATTRIBUTES inherit{sizeof inherit, nullptr, TRUE};
    HANDLE nul = CreateFileW(L"NUL", GENERIC_WRITE, FILE_SHARE_WRITE, &inherit, OPEN_EXISTING, 0, nullptr);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdOutput = nul;
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    startup.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    PROCESS_INFORMATION child{};
    const auto start = Clock::now();
    const bool started = CreateProcessW(self, line.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr, &startup, &child);
    if (nul != INVALID_HANDLE_VALUE) CloseHandle(nul);
    if (!started) return run;
    WaitForSingleObject(child.hProcess, INFINITE);
    run.wallMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    DWORD code = 1;
    run.ok = GetExitCodeProcess(child.hProcess, &code) && code == 0;
    PROCESS_MEMORY_COUNTERS memory{};
    if (GetProcessMemoryInfo(child.hProcess, &memory, sizeof memory)) {
        run.peakRssMb = static_cast<double>(memory.PeakWorkingSetSize) / (1024.0 * 1024.0);
        run.peakPssMb = run.peakRssMb;
    }
    CloseHandle(child.hThread);
    CloseHandle(child.hProcess);
    return run;
}

} // namespace platform
