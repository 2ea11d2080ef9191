// `repere services export-hsds DIR [--lang CODE]`: every file written whole, or left as it was.
#include <filesystem>

#include "commands/services_commands.h"
#include "io/store/write_atomically.h"
#include "core/directory/hsds.h"

namespace commands {

int exportHsdsCommand(const ServicesArgs& a, const core::Content& content, std::ostream& out, std::ostream& err) {
    core::LanguageIndex language = content.defaultLanguage;
    if (!a.language.empty()) {
        const auto index = content.languageIndex(a.language);
        if (!index) { err << "repere services export-hsds: unknown language '" << a.language << "'\n"; return 2; }
        language = *index;
    }
    std::error_code ec;
    std::filesystem::create_directories(a.input, ec);
    if (ec) { err << "repere services export-hsds: cannot create " << a.input << ": " << ec.message() << '\n'; return 1; }
    const auto files = core::exportHsds(content, language);
    for (const auto& [name, text] : files) {
        std::string error;
        if (!io::writeAtomically((std::filesystem::path(a.input) / name).string(), text, error)) {
            err << "repere services export-hsds: " << error << '\n';
            return 1;
        }
    }
    out << "Wrote " << files.size() << " HSDS files for " << content.services.size() << " services to " << a.input << '\n';
    return 0;
}

} // namespace commands
