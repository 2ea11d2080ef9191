// `repere services import-hsds DIR --region ID [--needs N…] [--verified DATE] --out FILE`.
#include <filesystem>

#include "commands/import_result.h"
#include "commands/services_commands.h"
#include "core/directory/hsds.h"

#include "core/model/diagnostic.h"

namespace commands {

int importHsdsCommand(const ServicesArgs& a, const core::Content& content, std::ostream& out, std::ostream& err) {
    core::HsdsFiles files;
    for (const auto& name : core::hsdsFileNames()) {
        const std::string path = (std::filesystem::path(a.input) / name).string();
        if (!std::filesystem::exists(path)) continue;
        auto bytes = readWholeFile(path);
        if (!bytes) { err << core::escapeControls(path) << ": error: cannot read the file\n"; return 1; }
        files[name] = std::move(*bytes);
    }
    const auto imported = core::importHsds(files, content, {a.region, a.needs, a.verified});
    if (reportProblems(a.input, imported.problems, err)) {
        err << "repere services import-hsds: nothing written\n";
        return 1;
    }
    for (const auto& e : imported.services) {
        const core::Service& s = e.service;
        // Escaped as `repere check` prints content (see import-finess).
        out << core::escapeControls(s.phone.empty() ? s.sms : s.phone) << "  " << core::escapeControls(s.name.in(content.defaultLanguage))
            << (s.openingHours ? "  [" + core::escapeControls(s.openingHours->text) + "]" : "") << '\n';
    }
    const std::string header = "Repère — services. Local services of region '" + a.region +
                               "' imported from the Open Referral HSDS package in " + a.input +
                               " by `repere services import-hsds`;\nthe other entries come from " + content.directory +
                               "/services.toml.";
    return writeImported(content, a.region, "hsds-", imported.services, header, a.out, out, err);
}

} // namespace commands
