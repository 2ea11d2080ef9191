// Fuzz target: the content loader and validator. The first byte picks which of the six
// content files the rest of the input replaces; the other five are the valid base
// fixture. Whatever the bytes, loading must end with diagnostics or content, never a
// crash, a hang or an undefined behaviour, and content is returned only without errors.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>

#include "core/content/content_loader.h"

namespace {
const std::map<std::string, std::string>& baseFiles() {
    static const std::map<std::string, std::string> files = [] {
        std::map<std::string, std::string> f;
        for (const auto& name : core::contentFiles()) {
            std::ifstream in(std::string(REPERE_FIXTURES_DIR) + "/base/" + name, std::ios::binary);
            f[name] = std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        }
        return f;
    }();
    return files;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const auto& names = core::contentFiles();
    const std::string target = names[data[0] % names.size()];
    const std::string fuzzed(reinterpret_cast<const char*>(data + 1), size - 1);
    const core::LoadResult result = core::loadContent("fuzz", [&](const std::string& path) -> std::optional<std::string> {
        const std::string name = path.substr(path.rfind('/') + 1);
        if (name == target) return fuzzed;
        return baseFiles().at(name);
    });
    if (result.content.has_value() == core::hasErrors(result.diagnostics)) std::abort();  // all or nothing
    for (const auto& d : result.diagnostics) {
        if (d.place.file.rfind("fuzz", 0) != 0 || d.message.empty()) std::abort();  // every problem has a place
    }
    return 0;
}
