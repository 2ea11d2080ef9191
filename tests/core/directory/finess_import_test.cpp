// The FINESS importer on extracts we wrote ourselves (tests/fixtures/finess: fictional
// establishments, numbers in the 01 99 00 fiction range), in UTF-8 and Latin-1, one
// establishment without a geolocation row and one without a phone.
#include <doctest/doctest.h>

#include <clocale>
#include <filesystem>
#include <cstdlib>

#include <fstream>
#include <sstream>

#include "core/content/content_loader.h"
#include "core/directory/finess_import.h"
#include "core/directory/services_toml.h"
#include "support/content_fixture.h"
#include "support/scratch.h"

namespace {

std::string fixture(const std::string& name) {
    std::ifstream in(testing::fixturesDir() + "/finess/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A stand-in for PROJ: Lambert-93 metres to degrees by a plain linear map around Paris
// (the real conversion is tested in tests/geo with PROJ itself).
std::optional<core::LatLon> fakeWgs84(double x, double y) {
    return core::LatLon{48.8566 + (y - 6861000.0) / 111000.0, 2.3522 + (x - 652000.0) / 73000.0};
}

std::string headerLine(const std::string& text) { return text.substr(0, text.find('\n')); }

int errorLine(const core::FinessRead& r) {
    for (const auto& p : r.problems) if (p.error) return p.line;
    return -1;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("FINESS: UTF-8 and Latin-1 extracts read the same") {
    const auto utf8 = core::readFinessExtract(fixture("extract-utf8.csv"));
    const auto latin1 = core::readFinessExtract(fixture("extract-latin1.csv"));
    REQUIRE(utf8.extract.has_value());
    REQUIRE(latin1.extract.has_value());
    CHECK(utf8.extract->date == "2026-10-15");
    REQUIRE(utf8.extract->establishments.size() == 5);
    REQUIRE(latin1.extract->establishments.size() == 5);
    for (size_t i = 0; i < 5; ++i) {
        CHECK(utf8.extract->establishments[i].name == latin1.extract->establishments[i].name);
        CHECK(utf8.extract->establishments[i].address == latin1.extract->establishments[i].address);
    }
    const auto& caarud = latin1.extract->establishments[1];
    CHECK(caarud.name == "CAARUD LA PASSERELLE FICTIVE");
    CHECK(caarud.address == "3 boulevard de l'Île Inventée, 75011 PARIS");
    CHECK(caarud.category == "178");
    CHECK(caarud.departement == "75");
    CHECK(utf8.extract->establishments[0].name == "CSAPA Exemple des Lilas");  // the long name when given
    CHECK(utf8.extract->establishments[0].lambert93.has_value());
    CHECK_FALSE(utf8.extract->establishments[3].lambert93.has_value());  // no geolocation row
}

TEST_CASE("FINESS: CSAPA and CAARUD of the chosen départements become services") {
    const auto read = core::readFinessExtract(fixture("extract-latin1.csv"));
    REQUIRE(read.extract.has_value());
    const auto& c = testing::shippedContent();
    const auto imported = core::importFiness(*read.extract, c, {{"75", "93"}, "paris-test", std::nullopt}, fakeWgs84);
    REQUIRE(imported.services.size() == 3);  // the hospital is not a CSAPA/CAARUD; one has no phone
    const core::Service& csapa = imported.services[0].service;
    CHECK(csapa.id == "finess-750099001");
    CHECK(csapa.phone == "01 99 00 11 01");
    CHECK(csapa.region == "paris-test");
    CHECK(csapa.verified == "2026-10-15");
    CHECK(csapa.source.find("FINESS") != std::string::npos);
    CHECK(csapa.source.find("2026-10-15") != std::string::npos);
    CHECK_FALSE(csapa.sample);
    CHECK(csapa.serves({*c.domainIndex("use")}));
    CHECK(csapa.serves({*c.domainIndex("exit")}));
    const core::Service& caarud = imported.services[1].service;
    CHECK(caarud.serves({*c.domainIndex("use")}));
    CHECK_FALSE(caarud.serves({*c.domainIndex("exit")}));
    CHECK(caarud.address.in(0) == "3 boulevard de l'Île Inventée, 75011 PARIS");
    // The one without a phone is left out, with a warning naming its line.
    REQUIRE(imported.problems.size() == 1);
    CHECK_FALSE(imported.problems[0].error);
    CHECK(imported.problems[0].line == 6);
    CHECK(imported.problems[0].message.find("no phone") != std::string::npos);
}

TEST_CASE("FINESS: --near orders by distance; a missing geolocation goes last") {
    const auto read = core::readFinessExtract(fixture("extract-utf8.csv"));
    REQUIRE(read.extract.has_value());
    // Near the CAARUD's fake position.
    const core::LatLon near = *fakeWgs84(654500.0, 6862500.0);
    const auto imported = core::importFiness(*read.extract, testing::shippedContent(), {{"75", "93"}, "paris-test", near}, fakeWgs84);
    REQUIRE(imported.services.size() == 3);
    CHECK(imported.services[0].service.id == "finess-750099002");
    CHECK(imported.services[1].service.id == "finess-750099001");
    CHECK(imported.services[2].service.id == "finess-930099004");
    CHECK(imported.services[0].comment.find("0.0 km away") != std::string::npos);
    CHECK(imported.services[2].comment.find("distance unknown") != std::string::npos);
    bool warned = false;
    for (const auto& p : imported.problems) warned |= p.line == 5 && !p.error && p.message.find("geolocation") != std::string::npos;
    CHECK(warned);
}

TEST_CASE("FINESS: the written services.toml passes the checks with the shipped content") {
    const auto read = core::readFinessExtract(fixture("extract-utf8.csv"));
    REQUIRE(read.extract.has_value());
    const auto& c = testing::shippedContent();
    auto imported = core::importFiness(*read.extract, c, {{"75"}, c.defaultRegion, std::nullopt}, fakeWgs84);
    REQUIRE(imported.services.size() == 2);
    std::vector<std::string> kept;
    const auto entries = core::mergeImported(c, c.defaultRegion, "finess-", std::move(imported.services), kept);
    // The CSAPA and CAARUD examples are replaced; examples for needs FINESS does not serve stay.
    for (const auto& e : entries) CHECK(e.service.id != "exemple-csapa");
    CHECK(std::find(kept.begin(), kept.end(), "exemple-point-conseil-budget") != kept.end());
    const std::string toml = core::servicesToml(c, entries, "test header\nsecond line");
    CHECK(headerLine(toml) == "# test header");
    const std::string services = c.directory + "/services.toml";
    const auto loaded = core::loadContent(c.directory, [&](const std::string& path) -> std::optional<std::string> {
        if (path == services) return toml;
        std::ifstream in(path, std::ios::binary);
        if (!in) return std::nullopt;
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    });
    std::string shown;
    for (const auto& d : loaded.diagnostics) shown += core::format(d) + "\n";
    INFO(shown);
    REQUIRE(loaded.content.has_value());
    const auto& s = loaded.content->services;
    const auto it = std::find_if(s.begin(), s.end(), [](const core::Service& x) { return x.id == "finess-750099002"; });
    REQUIRE(it != s.end());
    CHECK(it->name.in(0) == "CAARUD LA PASSERELLE FICTIVE");
    CHECK(it->phone == "01 99 00 11 02");
    // National lines come through unchanged.
    const auto line = std::find_if(s.begin(), s.end(), [](const core::Service& x) { return x.id == "drogues-info-service"; });
    REQUIRE(line != s.end());
    CHECK(line->phone == "0 800 23 13 13");
}

TEST_CASE("FINESS: bad input is refused with its line number") {
    const std::string good = fixture("extract-utf8.csv");
    CHECK(errorLine(core::readFinessExtract("hello;world\n")) == 1);
    CHECK(errorLine(core::readFinessExtract(replaced(good, "finess;etalab;95;2026-10-15", "finess;etalab;95;15/10/2026"))) == 1);
    CHECK(errorLine(core::readFinessExtract(replaced(good, ";2026-10-01;\r\nstructureet;750099002", ";2026-10-01\r\nstructureet;750099002"))) == 2);
    CHECK(errorLine(core::readFinessExtract(replaced(good, "geolocalisation;750099002;654500.5", "geolocalisation;750099002;abc"))) == 8);
    CHECK(errorLine(core::readFinessExtract(replaced(good, "geolocalisation;750099003", "geolocation;750099003"))) == 9);
    CHECK(errorLine(core::readFinessExtract(good + "structureet;750099001" + good.substr(good.find("structureet;750099001") + 21))) > 0);
    CHECK(errorLine(core::readFinessExtract("")) == 0);
    // Empty coordinates are no position, not an error.
    const auto blank = core::readFinessExtract(replaced(good, "geolocalisation;750099002;654500.5;6862500.0", "geolocalisation;750099002;;"));
    REQUIRE(blank.extract.has_value());
    CHECK_FALSE(blank.extract->establishments[1].lambert93.has_value());
    // A département with no CSAPA or CAARUD.
    const auto read = core::readFinessExtract(good);
    REQUIRE(read.extract.has_value());
    const auto none = core::importFiness(*read.extract, testing::shippedContent(), {{"75", "13"}, "r", std::nullopt}, fakeWgs84);
    CHECK(none.services.empty());
    bool named = false;
    for (const auto& p : none.problems) named |= p.error && p.message.find("13") != std::string::npos;
    CHECK(named);
}

TEST_CASE("FINESS: phones and distances") {
    CHECK(core::frenchPhone("0199001101") == "01 99 00 11 01");
    CHECK(core::frenchPhone("01 99 00 11 01") == "01 99 00 11 01");
    CHECK_FALSE(core::frenchPhone("019900110").has_value());
    CHECK_FALSE(core::frenchPhone("0099001101").has_value());
    CHECK_FALSE(core::frenchPhone("").has_value());
    // Paris to Lyon, about 392 km.
    const double km = core::distanceKm({48.8566, 2.3522}, {45.7640, 4.8357});
    CHECK(km > 385);
    CHECK(km < 400);
}

TEST_CASE("TOML strings are escaped") {
    CHECK(core::tomlString("a \"b\" \\ c\n") == "\"a \\\"b\\\" \\\\ c\\n\"");
    CHECK(core::tomlString(std::string("x\x01y")) == "\"x\\u0001y\"");
}

TEST_CASE("FINESS: coordinates read the same under a locale whose decimal separator is a comma") {
#ifdef _WIN32
    REQUIRE(std::setlocale(LC_NUMERIC, "French_France.1252") != nullptr);  // Windows' own name for it
#else
    // A French locale built from the system's definitions into a scratch folder.
    const std::string dir = testing::freshDir("finess-locale");
    std::filesystem::create_directories(dir);
    const std::string build = "localedef -i fr_FR -f UTF-8 " + dir + "/fr_FR.UTF-8 > /dev/null 2>&1";
    REQUIRE_MESSAGE(std::system(build.c_str()) == 0, "localedef could not build fr_FR.UTF-8 (package locales)");
    setenv("LOCPATH", dir.c_str(), 1);
    REQUIRE(std::setlocale(LC_NUMERIC, "fr_FR.UTF-8") != nullptr);
#endif
    CHECK(std::string(std::localeconv()->decimal_point) == ",");
    const std::string good = fixture("extract-utf8.csv");
    const auto read = core::readFinessExtract(good);
    std::setlocale(LC_NUMERIC, "C");
#ifndef _WIN32
    unsetenv("LOCPATH");
#endif
    REQUIRE(read.extract.has_value());
    REQUIRE(read.extract->establishments[1].lambert93.has_value());
    CHECK(read.extract->establishments[1].lambert93->first == doctest::Approx(654500.5));
    // Nor what a general number parser (std::stod) would take: hexadecimal.
    CHECK(errorLine(core::readFinessExtract(replaced(good, "geolocalisation;750099002;654500.5", "geolocalisation;750099002;0x9FC44"))) == 8);
}
