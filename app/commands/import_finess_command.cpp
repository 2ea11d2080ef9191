// `repere services import-finess FILE --departement D… --region ID [--near LAT,LON] --out FILE`.
#include <cstdio>
#include <iomanip>

#include "commands/import_result.h"
#include "commands/services_commands.h"
#include "core/directory/finess_import.h"
#include "core/directory/lambert93.h"

#include "core/model/diagnostic.h"

namespace commands {

int importFinessCommand(const ServicesArgs& a, const core::Content& content, std::ostream& out, std::ostream& err) {
    core::FinessImportOptions options{a.departements, a.region, std::nullopt};
    if (!a.near.empty()) {
        core::LatLon near;
        char tail = 0;
        if (std::sscanf(a.near.c_str(), "%lf,%lf%c", &near.lat, &near.lon, &tail) != 2 || near.lat < -90 || near.lat > 90 ||
            near.lon < -180 || near.lon > 180) {
            err << "repere services import-finess: --near must be LAT,LON in degrees, e.g. 48.8566,2.3522\n";
            return 2;
        }
        options.near = near;
    }
    const auto bytes = readWholeFile(a.input);
    if (!bytes) { err << core::escapeControls(a.input) << ": error: cannot read the file\n"; return 1; }
    const auto read = core::readFinessExtract(*bytes);
    if (reportProblems(a.input, read.problems, err) || !read.extract) {
        err << "repere services import-finess: nothing written\n";
        return 1;
    }
    auto imported = core::importFiness(*read.extract, content, options, geo::lambert93ToWgs84);
    if (reportProblems(a.input, imported.problems, err)) {
        err << "repere services import-finess: nothing written\n";
        return 1;
    }
    for (const auto& e : imported.services) {
        // What the extract says is printed escaped, as `repere check` prints content: a
        // crafted name cannot set the terminal's title, colours or text direction.
        out << core::escapeControls(e.service.phone) << "  " << core::escapeControls(e.service.name.in(content.defaultLanguage));
        const size_t km = e.comment.rfind('\n');
        if (options.near && km != std::string::npos) out << "  (" << core::escapeControls(e.comment.substr(km + 1)) << ")";
        out << '\n';
    }
    const std::string header = "Repère — services. Local services of region '" + a.region + "' imported from FINESS (extract of " +
                               read.extract->date + ", " + a.input + ") by `repere services import-finess`;\n"
                               "the other entries come from " + content.directory + "/services.toml.";
    return writeImported(content, a.region, "finess-", std::move(imported.services), header, a.out, out, err);
}

} // namespace commands
