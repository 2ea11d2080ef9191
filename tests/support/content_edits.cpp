// See content_edits.h.
#include "support/content_edits.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/content/content_pack.h"
#include "support/content_fixture.h"
#include "support/scratch.h"

namespace fs = std::filesystem;

namespace testing {
namespace {

std::string slurp(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write(const std::string& p, const std::string& text) { std::ofstream(p, std::ios::binary | std::ios::trunc) << text; }

} // namespace

std::string copyOfShippedContent(const std::string& name) {
    const std::string dir = freshDir(name);
    fs::create_directories(dir);
    for (const auto& entry : fs::directory_iterator(shippedContentDir())) fs::copy(entry.path(), fs::path(dir) / entry.path().filename());
    return dir;
}

void replaceOnce(const std::string& file, const std::string& from, const std::string& to) {
    std::string text = slurp(file);
    const size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
    write(file, text);
}

void removeService(const std::string& file, const std::string& id) {
    std::string text = slurp(file);
    const size_t at = text.find("id = \"" + id + "\"");
    REQUIRE(at != std::string::npos);
    const size_t begin = text.rfind("[[service]]", at);
    size_t end = text.find("[[service]]", at);
    if (end == std::string::npos) end = text.size();
    text.erase(begin, end - begin);
    write(file, text);
}

void addCard(const std::string& file, const std::string& id) {
    const std::string text = slurp(file);
    const size_t at = text.rfind("[[advice]]");
    const size_t next = text.find("\n[[", at + 1);
    std::string card = text.substr(at, next == std::string::npos ? std::string::npos : next - at);
    const size_t idAt = card.find("id = \"");
    REQUIRE(idAt != std::string::npos);
    card.replace(idAt, card.find('"', idAt + 6) + 1 - idAt, "id = \"" + id + "\"");
    std::ofstream(file, std::ios::binary | std::ios::app) << "\n" << card;
}

std::string packOf(const std::string& dir, const core::PackSecretKey& key, const std::string& note) {
    std::vector<core::PackFile> files;
    for (const auto& name : core::packFileNames()) {
        if (fs::exists(fs::path(dir) / name)) files.push_back({name, slurp(dir + "/" + name)});
    }
    std::string problem;
    auto pack = core::makePack(files, "2026-12-01", note, key, problem);
    REQUIRE_MESSAGE(pack, problem);
    return *pack;
}

} // namespace testing
