// Fuzz target: repere-update-content's file handling. The bytes build a source
// directory of the shipped content with entries added or replaced: regular files of any
// size, symbolic links (inside, outside, to /dev/zero), FIFOs, subdirectories, hidden
// names. The script runs with a time limit; whatever the source, it must exit 0, 1 or 2
// in time, leave no staging copy, and leave `questionnaires` either as it was or pointing
// to a copy that holds only regular files with the content's own names (the six TOML
// files and SOURCES.md), each byte-identical to the source's.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

const char* const kNames[] = {"meta.toml", "questions.toml", "advice.toml", "services.toml", "strings.toml",
                              "profiles.toml", "notes.txt", ".hidden", "sub", "x y.toml"};

// One entry from 3 bytes: which name, which kind, a size or target.
void addEntry(const fs::path& src, uint8_t name, uint8_t kind, uint8_t size) {
    const fs::path p = src / kNames[name % (sizeof kNames / sizeof *kNames)];
    std::error_code ec;
    fs::remove_all(p, ec);
    switch (kind % 7) {
    case 0: std::ofstream(p, std::ios::binary) << std::string(size * 37u, static_cast<char>('a' + size % 26)); break;
    case 1: fs::create_symlink("/dev/zero", p, ec); break;
    case 2: fs::create_symlink(src / "meta.toml", p, ec); break;
    case 3: ::mkfifo(p.c_str(), 0600); break;
    case 4: fs::create_directories(p / "inner", ec); break;
    case 5: fs::create_symlink("../outside", p, ec); break;
    case 6: std::ofstream(p, std::ios::binary) << "\n[[broken\n"; break;
    }
}

// Prints why, with what the script said, and stops: libFuzzer keeps the input.
[[noreturn]] void fail(const char* why, const fs::path& log) {
    std::fprintf(stderr, "update_content_fuzz: %s\n%s\n", why, slurp(log).c_str());
    std::abort();
}

int runScript(const fs::path& src, const fs::path& data, const fs::path& log) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(out, 1);
        ::dup2(out, 2);
        if (!std::getenv("REPERE")) ::setenv("REPERE", REPERE_BINARY, 1);
        ::execl("/usr/bin/timeout", "timeout", "60", "sh", REPERE_UPDATE_SCRIPT, src.c_str(), "--data", data.c_str(),
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    if (pid < 0) return -1;
    int status = 0;
    // libFuzzer's -timeout ticks with SIGALRM: an interrupted wait is not the child's end.
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 30) return 0;  // at most 10 entries
    const fs::path work = fs::temp_directory_path() / ("repere-fuzz-update-" + std::to_string(::getpid()));
    fs::remove_all(work);
    const fs::path src = work / "src", dataDir = work / "data";
    fs::create_directories(dataDir);
    fs::copy(REPERE_CONTENT_DIR, src, fs::copy_options::recursive);
    for (size_t i = 0; i + 2 < size; i += 3) addEntry(src, data[i], data[i + 1], data[i + 2]);

    const fs::path log = work / "script.log";
    const int status = runScript(src, dataDir, log);
    if (status != 0 && status != 1 && status != 2) fail("exit status other than 0, 1, 2 (124: a hang)", log);
    for (const auto& e : fs::directory_iterator(dataDir)) {
        if (e.path().filename().string().rfind(".incoming", 0) == 0) fail("staging left behind", log);
    }
    const fs::path current = dataDir / "questionnaires";
    if (status == 0) {
        if (!fs::is_symlink(current)) fail("exit 0 without questionnaires installed", log);
        for (const auto& e : fs::directory_iterator(current)) {
            if (fs::is_symlink(e.symlink_status()) || !fs::is_regular_file(e.symlink_status())) fail("a non-regular entry copied", log);
            const std::string name = e.path().filename().string();
            if (name != "SOURCES.md" && name != "meta.toml" && name != "questions.toml" && name != "advice.toml" &&
                name != "services.toml" && name != "strings.toml" && name != "profiles.toml") {
                fail("a file other than the content's own copied", log);
            }
            if (slurp(e.path()) != slurp(src / e.path().filename())) fail("a copy differs from its source", log);
        }
    } else if (fs::exists(fs::symlink_status(current))) {
        fail("a refused first update installed something", log);
    }
    fs::remove_all(work);
    return 0;
}
