// The `services` subcommand tree: options and dispatch.
#include "commands/services_commands.h"

#include <iostream>
#include <memory>

#include "commands/command_line.h"

namespace commands {

ServicesCommands addServicesCommands(CLI::App& app, ServicesArgs& a, std::string& contentDir) {
    ServicesCommands c;
    c.services = app.add_subcommand("services", "Import or export the directory of local services");
    c.services->require_subcommand(1);

    c.importFiness = c.services->add_subcommand("import-finess",
                                                "CSAPA and CAARUD from the FINESS establishments extract into a services.toml");
    c.importFiness->add_option("FILE", a.input, "The extract (etalab-cs1100507-stock-….csv), Latin-1 or UTF-8")->required();
    c.importFiness->add_option("--departement", a.departements, "Département code, e.g. 75 (repeat for more)")->required();
    c.importFiness->add_option("--region", a.region, "Region id the services belong to, e.g. ile-de-france")->required();
    c.importFiness->add_option("--near", a.near, "LAT,LON: order by distance from this point and show it");
    c.importFiness->add_option("--out", a.out, "services.toml to write (the content's services plus the import)")->required();
    c.importFiness->add_option("--content", contentDir, "Content directory whose services are kept");


    c.importHsds = c.services->add_subcommand("import-hsds", "An Open Referral HSDS CSV package into a services.toml");
    c.importHsds->add_option("DIR", a.input, "Directory holding services.csv, phones.csv, schedules.csv, …")->required();
    c.importHsds->add_option("--region", a.region, "Region id the services belong to")->required();
    c.importHsds->add_option("--needs", a.needs, "Needs of services the package gives none (domain ids or crisis; repeat)");
    c.importHsds->add_option("--verified", a.verified, "YYYY-MM-DD for services without a last_modified date");
    c.importHsds->add_option("--out", a.out, "services.toml to write (the content's services plus the import)")->required();
    c.importHsds->add_option("--content", contentDir, "Content directory whose services are kept");

    c.exportHsds = c.services->add_subcommand("export-hsds", "Our services as an Open Referral HSDS CSV package");
    c.exportHsds->add_option("DIR", a.input, "Directory to write the CSV files into (created if needed)")->required();
    c.exportHsds->add_option("--lang", a.language, "Language of the text (default: the content's default)");
    c.exportHsds->add_option("--content", contentDir, "Content directory to export");
    return c;
}

int runServices(const ServicesCommands& c, const ServicesArgs& a, const core::Content& content, std::ostream& out,
                std::ostream& err) {
    if (*c.importFiness) return importFinessCommand(a, content, out, err);
    if (*c.importHsds) return importHsdsCommand(a, content, out, err);
    if (*c.exportHsds) return exportHsdsCommand(a, content, out, err);
    return 2;
}

Subcommand addServicesCommand(CLI::App& app, CommandLine& line) {
    auto args = std::make_shared<ServicesArgs>();
    const ServicesCommands services = addServicesCommands(app, *args, line.contentDir);
    return {services.services, [&line, args, services] {
                const core::ContentChoice choice = loadChosenContent(line);
                return choice.content ? runServices(services, *args, *choice.content, std::cout, std::cerr) : 1;
            }};
}

} // namespace commands
