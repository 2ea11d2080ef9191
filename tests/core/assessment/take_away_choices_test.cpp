// The person's choices on the take-away: unticked lines leave the code, "numbers only"
// keeps the numbers under neutral names, and the code never carries the time of day.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/assessment/session.h"
#include "core/assessment/take_away.h"
#include "core/assessment/service_hours.h"
#include "core/assessment/take_away_hours.h"
#include "core/content/content_validator.h"
#include "support/content_fixture.h"

namespace {

core::Result resultOf(const core::Content& c, const std::string& profile) {
    core::Session s(c);
    s.applyProfile(testing::profile(c, profile));
    return core::buildResult(c, s.answers(), c.defaultRegion);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const core::Service& service(const core::Content& c, const std::string& id) {
    return *std::find_if(c.services.begin(), c.services.end(), [&](const core::Service& s) { return s.id == id; });
}

} // namespace

TEST_CASE("take-away choices: every line starts ticked; an unticked line leaves the code, ticked again it comes back") {
    const core::Content& c = testing::shippedContent();
    const core::Result r = resultOf(c, "threatened-after-arrest");
    const core::TakeAway all = core::buildTakeAway(c, r, 0);
    REQUIRE(all.lines.size() >= 3);
    for (const auto& line : all.lines) CHECK(line.ticked);
    core::TakeAwayChoices choices;
    const core::TakeAwayLine first = all.lines.front();  // a crisis line: it can be unticked too
    REQUIRE(first.id.kind == core::TakeAwayLineKind::Crisis);
    REQUIRE(first.onCode);
    choices.unticked.push_back(first.id);
    const core::TakeAway fewer = core::buildTakeAway(c, r, 0, choices);
    CHECK_FALSE(contains(fewer.text, "- " + first.text + "\n"));
    CHECK_FALSE(fewer.lines.front().ticked);
    CHECK(fewer.text != all.text);
    choices.unticked.clear();
    CHECK(core::buildTakeAway(c, r, 0, choices).text == all.text);
}

TEST_CASE("take-away choices: unticking makes room for a line that did not fit") {
    const core::Content& c = testing::shippedContent();
    for (const auto& p : c.profiles) {
        const core::Result r = resultOf(c, p.id);
        const core::TakeAway all = core::buildTakeAway(c, r, 0);
        const auto left = std::find_if(all.lines.begin(), all.lines.end(), [](const core::TakeAwayLine& l) { return !l.onCode; });
        if (left == all.lines.end()) continue;
        CAPTURE(p.id);
        core::TakeAwayChoices choices;
        for (const auto& line : all.lines) {
            if (line.onCode && line.id.kind != core::TakeAwayLineKind::Crisis) choices.unticked.push_back(line.id);
        }
        const core::TakeAway chosen = core::buildTakeAway(c, r, 0, choices);
        CHECK(contains(chosen.text, "- " + left->text + "\n"));
        return;
    }
    FAIL("no pinned profile has a line the code cannot hold: the test needs one");
}

TEST_CASE("numbers only: no advice line, every number under a name that reveals nothing") {
    const core::Content& c = testing::shippedContent();
    core::TakeAwayChoices numbersOnly;
    numbersOnly.numbersOnly = true;
    for (const auto& p : c.profiles) {
        const core::Result r = resultOf(c, p.id);
        for (core::LanguageIndex lang = 0; lang < static_cast<int>(c.languages.size()); ++lang) {
            CAPTURE(p.id);
            const core::TakeAway t = core::buildTakeAway(c, r, lang, numbersOnly);
            CAPTURE(t.text);
            CHECK_FALSE(contains(t.text, c.ui("advice_title", lang)));
            for (const auto& line : t.lines) CHECK(line.id.kind != core::TakeAwayLineKind::Advice);
            const core::Language& language = c.languages[static_cast<size_t>(lang)];
            CHECK(core::forbiddenWordIn(t.text, language.takeawayForbidden) == "");
            CHECK(core::forbiddenWordIn(t.text, language.takeawayRevealing) == "");
            // Without advice lines, at least as many numbers fit as with them.
            const auto numbers = [](const core::TakeAway& x) {
                return std::count_if(x.lines.begin(), x.lines.end(), [](const core::TakeAwayLine& l) {
                    return l.onCode && l.id.kind != core::TakeAwayLineKind::Advice;
                });
            };
            CHECK(numbers(t) >= numbers(core::buildTakeAway(c, r, lang)));
        }
    }
}

TEST_CASE("the code's header is neutral and names neither the kiosk nor its tagline") {
    const core::Content& c = testing::shippedContent();
    for (core::LanguageIndex lang = 0; lang < static_cast<int>(c.languages.size()); ++lang) {
        const core::TakeAway t = core::buildTakeAway(c, resultOf(c, "low-risk-occasional"), lang);
        CHECK_FALSE(contains(t.text, c.ui("app_name", lang)));
        CHECK_FALSE(contains(t.text, c.ui("welcome_tagline", lang)));
    }
}

TEST_CASE("hours on the code are hours, the same at any time of day") {
    const core::Content& c = testing::shippedContent();
    CHECK(core::takeAwayHours(c, service(c, "drogues-info-service"), 0) == "8 h–2 h");
    CHECK(core::takeAwayHours(c, service(c, "drogues-info-service"), 1) == "8:00–2:00");
    CHECK(core::takeAwayHours(c, service(c, "france-victimes"), 0) == "9 h–19 h");
    CHECK(core::takeAwayHours(c, service(c, "3114"), 0) == "24 h/24");
    CHECK(core::takeAwayHours(c, service(c, "3114"), 1) == "24/7");
    CHECK(core::takeAwayHours(c, service(c, "acces-droit-3039"), 0) == "Appel gratuit");  // no structured hours: the first sentence
    for (const auto& p : c.profiles) {
        core::Result night = resultOf(c, p.id), day = resultOf(c, p.id);
        night.at = core::parseLocalTime("Sa 03:00");
        day.at = core::parseLocalTime("Tu 14:30");
        for (core::LanguageIndex lang = 0; lang < static_cast<int>(c.languages.size()); ++lang) {
            const std::string text = core::buildTakeAway(c, night, lang).text;
            CAPTURE(text);
            CHECK(text == core::buildTakeAway(c, day, lang).text);
            for (const char* word : {"open", "ouvert", "ferm", "closed", "opens", "ouvre"}) CHECK_FALSE(contains(text, word));
        }
    }
}

TEST_CASE("hours on the code: the same span every day, minutes shown when not on the hour; other weeks keep their words") {
    core::Content c = testing::shippedContent();
    core::Service s = service(c, "france-victimes");
    s.openingHours = core::parseOpeningHours("Mo-Su 08:30-19:00").hours;
    CHECK(core::takeAwayHours(c, s, 0) == "8 h 30–19 h");
    CHECK(core::takeAwayHours(c, s, 1) == "8:30–19:00");
    s.openingHours = core::parseOpeningHours("Mo-Fr 09:00-19:00").hours;
    CHECK(core::takeAwayHours(c, s, 0) == "Tous les jours, de 9 h à 19 h");
}
