// See import_result.h.
#include "commands/import_result.h"

#include <filesystem>
#include <fstream>

#include "io/store/write_atomically.h"
#include "core/content/content_loader.h"

#include "core/model/diagnostic.h"

namespace commands {

std::optional<std::string> readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return bytes;
}

bool reportProblems(const std::string& file, const std::vector<core::ImportProblem>& problems, std::ostream& err) {
    bool errors = false;
    for (const auto& p : problems) {
        // A problem quotes the extract (a name, a field): escaped like `repere check`'s.
        err << core::escapeControls(file);
        if (!p.file.empty()) err << '/' << core::escapeControls(p.file);
        if (p.line > 0) err << ':' << p.line;
        err << (p.error ? ": error: " : ": warning: ") << core::escapeControls(p.message) << '\n';
        errors |= p.error;
    }
    return errors;
}

int writeImported(const core::Content& content, const std::string& region, const std::string& idPrefix,
                  std::vector<core::ServiceEntry> imported, const std::string& header, const std::string& outPath,
                  std::ostream& out, std::ostream& err) {
    const size_t count = imported.size();
    std::vector<std::string> kept;
    const auto entries = core::mergeImported(content, region, idPrefix, std::move(imported), kept);
    const std::string toml = core::servicesToml(content, entries, header);

    // The content directory with this services.toml in place must pass the checks.
    const std::string services = (std::filesystem::path(content.directory) / "services.toml").string();
    const auto result = core::loadContent(content.directory, [&](const std::string& path) -> std::optional<std::string> {
        if (path == services) return toml;
        return readWholeFile(path);
    });
    if (!result.content) {
        err << "repere services: the imported directory would not pass `repere check` with the content in "
            << core::escapeControls(content.directory) << "; nothing written:\n";
        for (const auto& d : result.diagnostics) err << core::format(d) << '\n';
        return 1;
    }
    std::string error;
    if (!io::writeAtomically(outPath, toml, error)) { err << "repere services: " << core::escapeControls(error) << "; nothing written\n"; return 1; }
    out << "Wrote " << core::escapeControls(outPath) << ": " << count << " imported service(s) for region '" << core::escapeControls(region) << "', "
        << entries.size() << " service(s) in all.\n";
    if (!kept.empty()) {
        out << "Kept " << kept.size() << " sample entr" << (kept.size() == 1 ? "y" : "ies")
            << " for needs the import does not serve (replace them before deployment):";
        for (const auto& id : kept) out << ' ' << core::escapeControls(id);
        out << '\n';
    }
    out << "Next: repere check on a content directory holding it, then copy it over the content's services.toml.\n";
    return 0;
}

} // namespace commands
