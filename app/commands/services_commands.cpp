// The `services` subcommand tree: options and dispatch.
#include "commands/services_commands.h"

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

    return c;
}

int runServices(const ServicesCommands& c, const ServicesArgs& a, const core::Content& content, std::ostream& out,
                std::ostream& err) {
    if (*c.importFiness) return importFinessCommand(a, content, out, err);
    return 2;
}

} // namespace commands
