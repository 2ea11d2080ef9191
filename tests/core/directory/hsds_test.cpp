// Open Referral HSDS: our own fictional package (tests/fixtures/hsds) read into services,
// its problems reported with file and line, and our services written out and read back.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/content/content_loader.h"
#include "core/directory/hsds.h"
#include "support/content_fixture.h"

namespace {

core::HsdsFiles package() {
    core::HsdsFiles files;
    for (const auto& name : core::hsdsFileNames()) {
        std::ifstream in(testing::fixturesDir() + "/hsds/" + name, std::ios::binary);
        if (!in) continue;
        std::ostringstream s;
        s << in.rdbuf();
        files[name] = s.str();
    }
    return files;
}

const core::Service& find(const std::vector<core::ServiceEntry>& entries, const std::string& id) {
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const core::ServiceEntry& e) { return e.service.id == id; });
    REQUIRE(it != entries.end());
    return it->service;
}

bool hasProblem(const core::HsdsImport& r, const std::string& file, int line, bool error) {
    return std::any_of(r.problems.begin(), r.problems.end(),
                       [&](const core::ImportProblem& p) { return p.file == file && p.line == line && p.error == error; });
}

} // namespace

TEST_CASE("HSDS: services with their phone, address, schedule, languages and needs") {
    const auto& c = testing::shippedContent();
    const auto r = core::importHsds(package(), c, {"paris-test", {"social"}, "2026-11-01"});
    REQUIRE(r.services.size() == 2);  // no phone for svc-3; svc-4 is inactive
    const auto& night = find(r.services, "hsds-svc-1");
    CHECK(night.name.in(0) == "Accueil de nuit fictif");
    CHECK(night.description.in(1) == "Accueil, écoute et matériel de réduction des risques");
    CHECK(night.phone == "01 99 00 12 01");
    CHECK(night.address.in(0) == "5 rue Imaginaire, 75010 Paris");
    CHECK(night.hours.in(0) == "Vendredi et samedi, de 22 h à 4 h.");
    REQUIRE(night.openingHours.has_value());
    CHECK(night.openingHours->text == "We 14:00-18:00; Fr,Sa 22:00-04:00");  // the location's schedule too
    CHECK(core::openState(*night.openingHours, {6, 3 * 60, false}).open);      // Sunday 03:00, from Saturday night
    CHECK(night.languages == std::vector<std::string>{"fr", "en"});
    CHECK(night.serves({*c.domainIndex("use")}));
    CHECK(night.serves({*c.domainIndex("health")}));
    CHECK_FALSE(night.serves({*c.domainIndex("social")}));  // its own needs win over --needs
    CHECK(night.verified == "2026-10-01");
    CHECK(night.region == "paris-test");
    const auto& listen = find(r.services, "hsds-svc-2");
    CHECK(listen.phone == "01 99 00 12 02");  // the organization's phone
    CHECK(listen.description.in(0) == "Écoute, soutien");
    CHECK(listen.address.empty());
    CHECK(listen.openingHours->text == "Mo-Fr 09:00-12:00,14:00-17:00");
    CHECK(listen.serves({*c.domainIndex("social")}));
    CHECK(listen.verified == "2026-11-01");
    CHECK(hasProblem(r, "phones.csv", 4, false));
    CHECK(hasProblem(r, "services.csv", 4, false));
}

TEST_CASE("HSDS: what is missing is asked for, with the file and line") {
    const auto noNeeds = core::importHsds(package(), testing::shippedContent(), {"r", {}, "2026-11-01"});
    CHECK(noNeeds.services.empty());
    CHECK(hasProblem(noNeeds, "services.csv", 3, true));
    const auto noDate = core::importHsds(package(), testing::shippedContent(), {"r", {"social"}, ""});
    CHECK(noDate.services.empty());
    CHECK(hasProblem(noDate, "services.csv", 3, true));
    const auto badNeed = core::importHsds(package(), testing::shippedContent(), {"r", {"parties"}, "2026-11-01"});
    CHECK(badNeed.services.empty());
    auto broken = package();
    broken["schedules.csv"] += "sch-9,svc-1,,,WEEKLY,\"MO,09:00,10:00,\n";
    const auto unclosed = core::importHsds(broken, testing::shippedContent(), {"r", {"social"}, "2026-11-01"});
    CHECK(unclosed.services.empty());
    CHECK(hasProblem(unclosed, "schedules.csv", 6, true));
    auto missing = package();
    missing.erase("services.csv");
    CHECK(core::importHsds(missing, testing::shippedContent(), {"r", {"social"}, "2026-11-01"}).services.empty());
}

TEST_CASE("HSDS: our services written out and read back keep numbers, hours, needs and languages") {
    const auto& c = testing::shippedContent();
    const auto fr = *c.languageIndex("fr");
    const auto files = core::exportHsds(c, fr);
    for (const auto& name : core::hsdsFileNames()) CHECK(files.count(name) == 1);
    const auto back = core::importHsds(files, c, {"round-trip", {}, ""});
    std::string shown;
    for (const auto& p : back.problems) shown += p.file + ":" + std::to_string(p.line) + ": " + p.message + "\n";
    INFO(shown);
    REQUIRE(back.services.size() == c.services.size());
    for (const auto& s : c.services) {
        INFO(s.id);
        const auto& r = find(back.services, "hsds-" + s.id);
        CHECK(r.name.in(0) == s.name.in(fr));
        CHECK(r.phone == s.phone);
        CHECK(r.sms == s.sms);
        CHECK(r.needs == s.needs);
        CHECK(r.languages == s.languages);
        CHECK(r.verified == s.verified);
        CHECK(r.hours.in(0) == s.hours.in(fr));
        CHECK(r.address.empty() == s.address.empty());
        CHECK(r.openingHours.has_value() == s.openingHours.has_value());
        if (s.openingHours && r.openingHours) CHECK(r.openingHours->week == s.openingHours->week);
    }
}
