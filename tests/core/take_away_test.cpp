// The take-away summary: what it holds, in what order, in which language, how long.
#include <doctest/doctest.h>

#include "core/content_loader.h"
#include "core/session.h"
#include "core/take_away.h"
#include "support/content_fixture.h"

namespace {
core::Result resultFor(const core::Content& c, const std::string& profile) {
    core::Session s(c);
    s.applyProfile(c.profiles[static_cast<size_t>(*c.profileIndex(profile))]);
    return core::buildResult(c, s.answers(), c.defaultRegion.empty() ? "test-region" : c.defaultRegion);
}
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
} // namespace

TEST_CASE("base seller: header, advice with its step, contacts, footer, in that order") {
    const core::Content& c = testing::baseContent();
    const core::Result r = resultFor(c, "daily-seller");
    const core::TakeAway t = core::buildTakeAway(c, r, 1);
    CHECK(t.text ==
          "en takeaway_header\n"
          "\n"
          "en advice_title\n"
          "- Supplier\n  Step\n"
          "- Debt\n  Step\n"
          "- More\n  Step\n"
          "\n"
          "en takeaway_contacts\n"
          "- 0 800 23 13 13 Info (Every day)\n"
          "- 01 99 00 00 01 Local help (Monday)\n"
          "\n"
          "en takeaway_footer");
    CHECK(t.qr.version <= core::kTakeAwayMaxQrVersion);
    REQUIRE(t.dialCodes.size() == 2);
    CHECK(t.dialCodes[0].uri == "tel:0800231313");
}

TEST_CASE("crisis: crisis lines first, crisis cards not repeated as advice") {
    const core::Content& c = testing::baseContent();
    const core::TakeAway t = core::buildTakeAway(c, resultFor(c, "crisis"), 0);
    CHECK(t.text.rfind("fr takeaway_header\n\nfr takeaway_crisis\n- 3114 Ligne (24h/24)\n", 0) == 0);
    CHECK_FALSE(contains(t.text, "Appelle"));  // the crisis card's title
    CHECK(t.dialCodes.front().uri == "tel:3114");
}

TEST_CASE("nothing about the person: no answer text, no level word, no domain name") {
    const auto loaded = core::loadContent(testing::shippedContentDir());
    REQUIRE(loaded.content);
    const core::Content& c = *loaded.content;
    for (const auto& p : c.profiles) {
        core::Session s(c);
        s.applyProfile(p);
        const core::Result r = core::buildResult(c, s.answers(), c.defaultRegion);
        for (core::LanguageIndex lang = 0; lang < static_cast<int>(c.languages.size()); ++lang) {
            const core::TakeAway t = core::buildTakeAway(c, r, lang);
            CAPTURE(p.id);
            CAPTURE(t.text);
            CHECK(t.qr.version <= core::kTakeAwayMaxQrVersion);
            CHECK(contains(t.text, c.ui("takeaway_footer", lang)));
            for (const auto& level : c.levels) CHECK_FALSE(contains(t.text, level.name.in(lang)));
            for (const auto& q : c.questions) {
                for (const auto& a : q.answers) {
                    if (a.text.in(lang).size() > 12) CHECK_FALSE(contains(t.text, a.text.in(lang)));
                }
            }
            for (const auto& s2 : c.services) if (s2.sample) CHECK_FALSE(contains(t.text, s2.phone));
            if (r.crisis) {
                for (int s2 : r.crisisServices(c)) {
                    const auto& line = c.services[static_cast<size_t>(s2)];
                    CHECK(contains(t.text, line.phone.empty() ? line.sms : line.phone));
                }
            }
        }
    }
}

TEST_CASE("over budget: lower-ranked lines go first, crisis lines stay") {
    core::Content c = testing::baseContent();
    for (auto& a : c.advice) a.step.byLanguage[1] = std::string(150, 's');  // long steps
    const core::Result r = resultFor(c, "daily-seller");
    const core::TakeAway t = core::buildTakeAway(c, r, 1);
    CHECK(t.qr.version <= core::kTakeAwayMaxQrVersion);
    CHECK(contains(t.text, "- Supplier"));      // rank 1 kept
    CHECK(contains(t.text, "0 800 23 13 13"));  // contact rank 1 kept
    CHECK_FALSE(contains(t.text, "- More"));    // rank 3 dropped
}

TEST_CASE("dial codes: tel for voice lines, sms for text-only lines") {
    core::Service voice;
    voice.phone = "0 800 23 13 13";
    CHECK(core::dialUri(voice) == "tel:0800231313");
    core::Service text;
    text.sms = "114";
    CHECK(core::dialUri(text) == "sms:114");
}
