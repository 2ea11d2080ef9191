// Temporary content directories for loader and validator tests.
#include "io/content/content_file.h"
#include "support/content_fixture.h"

#include <doctest/doctest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace testing {

std::string fixturesDir() { return REPERE_FIXTURES_DIR; }
std::string shippedContentDir() { return REPERE_CONTENT_DIR; }

const core::Content& shippedContent() {
    static const core::LoadResult loaded = io::loadContent(shippedContentDir());
    REQUIRE(loaded.content.has_value());
    return *loaded.content;
}

namespace {
std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
} // namespace

std::string makeContentDir(const std::string& overlayDir) {
    static std::atomic<int> counter{0};
    const fs::path dir = fs::temp_directory_path() /
                         ("repere-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (const auto& entry : fs::directory_iterator(fs::path(fixturesDir()) / "base")) {
        fs::copy_file(entry.path(), dir / entry.path().filename());
    }
    if (overlayDir.empty()) return dir.string();
    for (const auto& entry : fs::directory_iterator(overlayDir)) {
        const std::string name = entry.path().filename().string();
        const std::string suffix = ".append.toml";
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
            std::ofstream out(dir / (name.substr(0, name.size() - suffix.size()) + ".toml"), std::ios::app | std::ios::binary);
            out << readAll(entry.path());
        } else if (entry.path().extension() == ".toml") {
            fs::copy_file(entry.path(), dir / name, fs::copy_options::overwrite_existing);
        }
    }
    return dir.string();
}

const core::Content& baseContent() {
    static const core::LoadResult loaded = io::loadContent(makeContentDir());
    REQUIRE(loaded.content.has_value());
    return *loaded.content;
}

std::vector<std::string> relativeDiagnostics(const core::LoadResult& result, const std::string& dir) {
    std::vector<std::string> lines;
    for (const auto& d : result.diagnostics) {
        std::string line = core::format(d);
        const std::string prefix = dir + "/";
        for (size_t at = line.find(prefix); at != std::string::npos; at = line.find(prefix)) line.erase(at, prefix.size());
        lines.push_back(line);
    }
    return lines;
}

core::AnswerRef ref(const core::Content& c, const std::string& questionDotAnswer) {
    const size_t dot = questionDotAnswer.find('.');
    const auto q = c.questionIndex(questionDotAnswer.substr(0, dot));
    REQUIRE(q.has_value());
    const auto& answers = c.questions[static_cast<size_t>(*q)].answers;
    for (size_t a = 0; a < answers.size(); ++a) {
        if (answers[a].id == questionDotAnswer.substr(dot + 1)) return {*q, static_cast<int>(a)};
    }
    FAIL("no answer " << questionDotAnswer);
    return {};
}

int profileIndex(const core::Content& c, const std::string& id) {
    for (size_t i = 0; i < c.profiles.size(); ++i) if (c.profiles[i].id == id) return static_cast<int>(i);
    FAIL("no sample profile " << id);
    return 0;
}

const core::Profile& profile(const core::Content& c, const std::string& id) {
    return c.profiles[static_cast<size_t>(profileIndex(c, id))];
}

std::string diagnosticFor(const core::LoadResult& result, const std::string& dir, const std::string& file) {
    for (const auto& line : relativeDiagnostics(result, dir)) {
        if (line.rfind(file + ":", 0) == 0) return line;
    }
    return "";
}

} // namespace testing
