// "Open now" for services with a fake clock: the lines a person reads, open services
// first within a need, a closed line never the first crisis contact at night, the
// kiosk ordering services when a screen opens, and the take-away's note.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/content/content_loader.h"
#include "core/kiosk/kiosk.h"
#include "core/model/public_holidays.h"
#include "core/assessment/result.h"
#include "core/assessment/service_hours.h"
#include "core/assessment/session.h"
#include "support/content_fixture.h"

namespace {

const core::Service& service(const core::Content& c, const std::string& id) {
    const auto it = std::find_if(c.services.begin(), c.services.end(), [&](const core::Service& s) { return s.id == id; });
    REQUIRE(it != c.services.end());
    return *it;
}

int indexOf(const core::Content& c, const std::string& id) { return static_cast<int>(&service(c, id) - c.services.data()); }

core::OpeningHours hours(const std::string& text) {
    auto p = core::parseOpeningHours(text);
    REQUIRE(p.hours.has_value());
    return *p.hours;
}

core::LocalTime at(const std::string& text) {
    auto t = core::parseLocalTime(text);
    REQUIRE(t.has_value());
    return *t;
}

std::vector<std::string> ids(const core::Content& c, const std::vector<int>& services) {
    std::vector<std::string> out;
    for (int s : services) out.push_back(c.services[static_cast<size_t>(s)].id);
    return out;
}

// The base fixture with hours: the drug line open 08:00-02:00 (as Drogues Info Service),
// a second national line open around the clock for the same needs, and a crisis card that
// names the drug line before the crisis line.
core::Content withHours() {
    core::Content c = testing::baseContent();
    for (auto& s : c.services) {
        if (s.id == "drug-line") s.openingHours = hours("Mo-Su 08:00-02:00");
        if (s.id == "crisis-line") s.openingHours = hours("24/7");
        if (s.id == "local-debt") s.openingHours = hours("Mo-Fr 09:00-17:00");
    }
    core::Service night = service(c, "drug-line");
    night.id = "night-line";
    night.openingHours = hours("24/7");
    c.services.push_back(night);
    for (auto& a : c.advice) {
        if (a.id == "crisis-call") a.contacts = {indexOf(c, "drug-line"), indexOf(c, "crisis-line")};
    }
    return c;
}

core::Result resultFor(const core::Content& c, const std::string& profile, const std::string& time) {
    core::Session s(c);
    s.applyProfile(testing::profile(c, profile));
    return core::buildResult(c, s.answers(), "test-region", at(time));
}

using Ids = std::vector<std::string>;

} // namespace

TEST_CASE("open-now lines from the national lines' hours") {
    const auto& c = testing::shippedContent();
    const auto en = *c.languageIndex("en"), fr = *c.languageIndex("fr");
    const auto& dis = service(c, "drogues-info-service");
    CHECK(core::openNowLine(c, dis, at("Sa 03:00"), en) == "Closed, opens at 08:00");
    CHECK(core::openNowLine(c, dis, at("Sa 03:00"), fr) == "Fermé, ouvre à 08:00");
    CHECK(core::openNowLine(c, dis, at("Sa 23:00"), en) == "Open now, until 02:00");
    CHECK(core::openNowLine(c, dis, at("Su 01:59"), en) == "Open now, until 02:00");
    CHECK(core::openNowLine(c, service(c, "3114"), at("Sa 03:00"), en) == "Open now");
    CHECK(core::openNowLine(c, service(c, "france-victimes"), at("Fr 20:00"), en) == "Closed, opens tomorrow at 09:00");
    CHECK(core::openNowLine(c, service(c, "fil-sante-jeunes"), at("Su 23:30"), fr) == "Fermé, ouvre demain à 09:00");
    core::Service monday = dis;
    monday.openingHours = hours("Mo 09:00-12:00");
    CHECK(core::openNowLine(c, monday, at("We 10:00"), en) == "Closed, opens Monday at 09:00");
    CHECK(core::openNowLine(c, monday, at("We 10:00"), fr) == "Fermé, ouvre lundi à 09:00");
    monday.openingHours = hours("off");
    CHECK(core::openNowLine(c, monday, at("We 10:00"), en) == "Closed now");
    // Without a clock, or without structured hours, nothing is claimed.
    CHECK(core::openNowLine(c, dis, std::nullopt, en).empty());
    CHECK(core::openNowLine(c, service(c, "exemple-csapa"), at("Sa 03:00"), en).empty());
    CHECK(core::openNow(dis, std::nullopt) == core::OpenNow::Unknown);
}

TEST_CASE("every national line carries structured hours that agree with its text") {
    const auto& c = testing::shippedContent();
    for (const auto& s : c.services) {
        if (!s.national()) continue;
        // 3039: the official source gives no hours (SOURCES.md); none are invented.
        if (s.id == "acces-droit-3039") { CHECK_FALSE(s.openingHours.has_value()); continue; }
        INFO(s.id);
        REQUIRE(s.openingHours.has_value());
    }
    CHECK(service(c, "3114").openingHours->alwaysOpen());
    CHECK(service(c, "samu-15").openingHours->alwaysOpen());
    CHECK(service(c, "urgence-114").openingHours->alwaysOpen());
    CHECK_FALSE(service(c, "drogues-info-service").openingHours->alwaysOpen());
}

TEST_CASE("within a need, open services come first; the order follows the clock across midnight") {
    const core::Content c = withHours();
    // daily-seller: debt (drug-line, local-debt, night-line) then use.
    CHECK(ids(c, resultFor(c, "daily-seller", "Sa 12:00").services) == Ids{"drug-line", "night-line", "local-debt"});
    CHECK(ids(c, resultFor(c, "daily-seller", "Sa 03:00").services) == Ids{"night-line", "drug-line", "local-debt"});
    CHECK(ids(c, resultFor(c, "daily-seller", "Su 01:30").services) == Ids{"drug-line", "night-line", "local-debt"});
    CHECK(ids(c, resultFor(c, "daily-seller", "Su 02:00").services) == Ids{"night-line", "drug-line", "local-debt"});
    // No clock: content order, as before.
    core::Session s(c);
    s.applyProfile(testing::profile(c, "daily-seller"));
    CHECK(ids(c, core::buildResult(c, s.answers(), "test-region").services) == Ids{"drug-line", "night-line", "local-debt"});
}

TEST_CASE("at night a closed line is never the first crisis contact") {
    const core::Content c = withHours();
    const auto night = resultFor(c, "crisis", "Tu 04:00");
    CHECK(ids(c, night.crisisServices(c)) == Ids{"crisis-line", "drug-line"});
    CHECK(ids(c, night.services).front() == "crisis-line");
    const auto day = resultFor(c, "crisis", "Tu 10:00");
    CHECK(ids(c, day.crisisServices(c)) == Ids{"drug-line", "crisis-line"});  // the card's own order
}

TEST_CASE("the kiosk orders services by the time the screen opens, not the time of the results") {
    const core::Content c = withHours();
    core::Kiosk k(c);
    core::apply(k, core::action::ClockRead{at("Sa 12:00")});
    core::apply(k, core::action::ShowProfile{testing::profileIndex(c, "daily-seller")});
    REQUIRE(k.person.result.has_value());
    CHECK(ids(c, k.person.result->services).front() == "drug-line");
    core::apply(k, core::action::ClockRead{at("Su 03:00")});  // the person read the results for a long time
    core::apply(k, core::action::ShowServices{});
    CHECK(k.person.result->at.has_value());
    CHECK(k.person.result->at->weekday == 6);
    CHECK(ids(c, k.person.result->services).front() == "night-line");
}

TEST_CASE("the take-away screen notes when a line is closed; the code carries its hours, never a note of the moment") {
    const auto& c = testing::shippedContent();
    const auto en = *c.languageIndex("en");
    // Under a dial code, on the screen only.
    CHECK(core::takeAwayOpenNote(c, service(c, "drogues-info-service"), at("Sa 03:00"), en) == "Closed, opens at 08:00");
    CHECK(core::takeAwayOpenNote(c, service(c, "3114"), at("Sa 03:00"), en).empty());
    core::Kiosk k(c);
    core::apply(k, core::action::ClockRead{at("Sa 03:00")});
    core::apply(k, core::action::SetLanguage{en});
    core::apply(k, core::action::ShowProfile{testing::profileIndex(c, "indebted-daily-user")});
    core::apply(k, core::action::ShowTakeAway{});
    core::apply(k, core::action::SetTakeAwayNumbersOnly{true});  // room for every number
    REQUIRE(k.person.takeAway.has_value());
    // The code is read later: "closed, opens at 08:00" would be false by then.
    CHECK(k.person.takeAway->text.find("0 800 23 13 13 Health listening line (8:00–2:00)") != std::string::npos);
    CHECK(k.person.takeAway->text.find("Closed") == std::string::npos);
    CHECK(k.person.takeAway->text.find("opens at") == std::string::npos);
}

TEST_CASE("the clock as written on the command line") {
    const auto t = core::parseLocalTime("Sa 03:00");
    REQUIRE(t.has_value());
    CHECK(t->weekday == 5);
    CHECK(t->minute == 180);
    CHECK_FALSE(t->holiday);
    CHECK(core::parseLocalTime("Mo 23:59 PH")->holiday);
    CHECK_FALSE(core::parseLocalTime("Sa 3:00").has_value());
    CHECK_FALSE(core::parseLocalTime("Xx 03:00").has_value());
    CHECK_FALSE(core::parseLocalTime("Sa 24:00").has_value());
    CHECK_FALSE(core::parseLocalTime("Sa 03:60").has_value());
    CHECK_FALSE(core::parseLocalTime("").has_value());
}

TEST_CASE("French public holidays, fixed and after Easter") {
    int m = 0, d = 0;
    core::easterSunday(2026, m, d);
    CHECK((m == 4 && d == 5));
    core::easterSunday(2025, m, d);
    CHECK((m == 4 && d == 20));
    CHECK(core::isFrenchPublicHoliday(2026, 7, 14));
    CHECK(core::isFrenchPublicHoliday(2026, 12, 25));
    CHECK(core::isFrenchPublicHoliday(2026, 4, 6));    // Easter Monday
    CHECK(core::isFrenchPublicHoliday(2026, 5, 14));   // Ascension
    CHECK(core::isFrenchPublicHoliday(2026, 5, 25));   // Whit Monday
    CHECK_FALSE(core::isFrenchPublicHoliday(2026, 4, 5));  // Easter Sunday is a Sunday anyway, not listed
    CHECK_FALSE(core::isFrenchPublicHoliday(2026, 11, 28));
    CHECK(core::isFrenchPublicHoliday(2025, 6, 9));    // Whit Monday 2025
}
