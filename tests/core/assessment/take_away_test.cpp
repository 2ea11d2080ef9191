// The take-away summary: what it holds, in what order, in which language, how long, and
// that nothing in it says anything about the person.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/content/content_loader.h"
#include "core/content/content_validator.h"
#include "core/assessment/session.h"
#include "core/assessment/take_away.h"
#include "support/content_fixture.h"

namespace {
core::Result resultFor(const core::Content& c, const std::string& profile) {
    core::Session s(c);
    s.applyProfile(testing::profile(c, profile));
    return core::buildResult(c, s.answers(), c.defaultRegion.empty() ? "test-region" : c.defaultRegion);
}
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
int count(const std::string& text, const std::string& part) {
    int n = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}
} // namespace

TEST_CASE("base seller: header, take-away lines (triggered first), contacts, footer, in that order") {
    const core::Content& c = testing::baseContent();
    const core::Result r = resultFor(c, "daily-seller");
    const core::TakeAway t = core::buildTakeAway(c, r, 1);
    CHECK(t.text ==
          "en takeaway_header\n"
          "\n"
          "en advice_title\n"
          "- Money: keep\n"
          "- Debt: keep\n"
          "- More: keep\n"
          "\n"
          "en takeaway_contacts\n"
          "- 0 800 23 13 13 Info (Every day)\n"
          "- 01 99 00 00 01 Local help (Monday)\n");
    CHECK(t.qr.version <= core::kTakeAwayMaxQrVersion);
    REQUIRE(t.dialCodes.size() == 2);
    CHECK(t.dialCodes[0].uri == "tel:0800231313");
}

TEST_CASE("crisis: crisis lines first, then the crisis card's own take-away line, never its title") {
    const core::Content& c = testing::baseContent();
    const core::TakeAway t = core::buildTakeAway(c, resultFor(c, "crisis"), 0);
    CHECK(t.text.rfind("fr takeaway_header\n\nfr takeaway_crisis\n- 3114 Ligne (24h/24)\n- 112 Urgences (24h/24)\n\nfr advice_title\n- Appelle : à garder\n", 0) == 0);
    CHECK_FALSE(contains(t.text, "- Appelle\n"));  // the screen title is not what leaves
    CHECK(count(t.text, "3114") == 1);             // the crisis line is not listed again as a contact
    CHECK(t.dialCodes.front().uri == "tel:3114");
}

// Every line of a take-away that names a number: each number appears on one line only.
void checkNoNumberTwice(const core::Content& c, const std::string& text) {
    for (const auto& s : c.services) {
        const std::string number = s.phone.empty() ? s.sms : s.phone;
        CAPTURE(number);
        CHECK(count(text, " " + number + " ") <= 1);
    }
}

// How many of `advice` and `contacts` made it into the text.
std::pair<int, int> linesKept(const core::Content& c, const core::Result& r, core::LanguageIndex lang, const std::string& text) {
    int advice = 0, contacts = 0;
    for (int a : core::takeAwayAdvice(c, r)) advice += contains(text, "- " + c.advice[static_cast<size_t>(a)].takeaway.in(lang) + "\n");
    for (int s : core::takeAwayContacts(c, r)) {
        const auto& service = c.services[static_cast<size_t>(s)];
        contacts += contains(text, "- " + core::takeAwayContactText(c, service, lang) + "\n");
    }
    return {advice, contacts};
}

// The screen's list and the code agree: a line is on the code exactly when it is marked so.
void checkListMatchesCode(const core::TakeAway& t) {
    for (const auto& line : t.lines) {
        CAPTURE(line.text);
        CHECK(contains(t.text, "- " + line.text + "\n") == line.onCode);
        if (!line.ticked) CHECK_FALSE(line.onCode);
    }
}

void checkDiscreetAndComplete(const core::Content& c, const core::Result& r) {
    for (core::LanguageIndex lang = 0; lang < static_cast<int>(c.languages.size()); ++lang) {
        const core::TakeAway t = core::buildTakeAway(c, r, lang);
        CAPTURE(lang);
        CAPTURE(t.text);
        CHECK(t.qr.version <= core::kTakeAwayMaxQrVersion);
        CHECK(t.text.rfind(c.ui("takeaway_header", lang) + "\n", 0) == 0);
        // Not one word that says the person uses or sells, owes a supplier or was arrested.
        const core::Language& language = c.languages[static_cast<size_t>(lang)];
        CHECK(core::forbiddenWordIn(t.text, language.takeawayForbidden) == "");
        for (const auto& level : c.levels) CHECK_FALSE(contains(t.text, level.name.in(lang)));
        for (const auto& q : c.questions) {
            for (const auto& a : q.answers) {
                if (a.text.in(lang).size() > 12) CHECK_FALSE(contains(t.text, a.text.in(lang)));
            }
        }
        for (const auto& card : c.advice) {
            CHECK_FALSE(contains(t.text, card.title.in(lang) + "\n"));  // screen titles never leave
            CHECK_FALSE(contains(t.text, card.step.in(lang)));
        }
        for (const auto& s2 : c.services) {
            if (s2.sample) CHECK_FALSE(contains(t.text, s2.phone));
            // A service that has a discreet name leaves under it, never under its real name.
            if (!s2.discreetName.empty() && s2.discreetName.in(lang) != s2.name.in(lang)) CHECK_FALSE(contains(t.text, s2.name.in(lang)));
        }
        checkNoNumberTwice(c, t.text);
        checkListMatchesCode(t);
        if (r.crisis) {
            for (int s2 : r.crisisServices(c)) {
                const auto& line = c.services[static_cast<size_t>(s2)];
                CHECK(contains(t.text, line.phone.empty() ? line.sms : line.phone));
            }
        }
        // Without a crisis, room for at least 2 contacts or advice lines when there are that
        // many (with one, the crisis lines come first; unticking makes room for more).
        const auto [advice, contacts] = linesKept(c, r, lang, t.text);
        const int offered = static_cast<int>(core::takeAwayAdvice(c, r).size() + core::takeAwayContacts(c, r).size());
        if (!r.crisis) CHECK(advice + contacts >= std::min(2, offered));
    }
}

TEST_CASE("shipped profiles: nothing about the person, discreet names, no number twice, the list says what is on the code") {
    const core::Content& c = testing::shippedContent();
    for (const auto& p : c.profiles) {
        CAPTURE(p.id);
        core::Session s(c);
        s.applyProfile(p);
        checkDiscreetAndComplete(c, core::buildResult(c, s.answers(), c.defaultRegion));
    }
}

TEST_CASE("all three crises at once, with many cards: every crisis line fits, nothing about the person") {
    const core::Content& c = testing::shippedContent();
    core::Session s(c);
    s.applyProfile(testing::profile(c, "threatened-after-arrest"));
    core::AnswerSheet sheet = s.answers();
    for (const char* answer : {"body.now", "suicide.now", "threat_now.now", "substances.ghb", "route.inject", "sexual.recent", "age.under18"}) {
        const core::AnswerRef ref = testing::ref(c, answer);
        sheet[static_cast<size_t>(ref.question)] = core::Response::of(ref.answer);
    }
    const core::Result r = core::buildResult(c, sheet, c.defaultRegion);
    REQUIRE(r.crisis);
    REQUIRE(core::takeAwayCrisisLines(c, r).size() >= 5);
    checkDiscreetAndComplete(c, r);
}

TEST_CASE("take-away advice: cards an answer triggered about the person's situation come first") {
    const core::Content& c = testing::shippedContent();
    // A new reseller who tests product with clients: use-test-stock is triggered, and
    // reaches the code even though level cards of higher domains come first on screen.
    core::AnswerSheet sheet(c.questions.size());
    for (const char* answer : {"sells.sometimes", "freq.weekly", "test_stock.often", "police.stopped", "stock_home.sometimes"}) {
        const core::AnswerRef ref = testing::ref(c, answer);
        sheet[static_cast<size_t>(ref.question)] = core::Response::of(ref.answer);
    }
    const core::Result r = core::buildResult(c, sheet, c.defaultRegion);
    const auto advice = core::takeAwayAdvice(c, r);
    std::vector<std::string> ids;
    for (int a : advice) ids.push_back(c.advice[static_cast<size_t>(a)].id);
    CAPTURE(ids.size());
    CHECK(std::find(ids.begin(), ids.end(), "use-test-stock") != ids.end());
    bool otherSeen = false;
    for (int a : advice) {
        const core::Advice& card = c.advice[static_cast<size_t>(a)];
        const bool situational = card.when.has_value() && card.priority >= core::kSituationalPriority;
        CHECK_FALSE((situational && otherSeen));
        otherSeen = otherSeen || !situational;
    }
}

TEST_CASE("broad triggered cards do not push a high level's safety card off the code") {
    const core::Content& c = testing::shippedContent();
    core::Session s(c);
    s.applyProfile(testing::profile(c, "sexual-violence-recent"));
    const core::Result r = core::buildResult(c, s.answers(), c.defaultRegion);
    std::vector<std::string> ids;
    for (int a : core::takeAwayAdvice(c, r)) ids.push_back(c.advice[static_cast<size_t>(a)].id);
    CAPTURE(ids.size());
    CHECK(std::find(ids.begin(), ids.end(), "violence-sexual-recent") != ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "use-checking") == ids.end());
}

TEST_CASE("over budget: lower-ranked lines go first, crisis lines stay") {
    core::Content c = testing::baseContent();
    for (auto& a : c.advice) a.takeaway.byLanguage[1] = a.takeaway.byLanguage[1] + std::string(120, 's');  // long lines
    const core::Result r = resultFor(c, "daily-seller");
    const core::TakeAway t = core::buildTakeAway(c, r, 1);
    CHECK(t.qr.version <= core::kTakeAwayMaxQrVersion);
    CHECK(contains(t.text, "- Money: keep"));  // rank 1 kept
    CHECK(contains(t.text, "0 800 23 13 13"));  // contact rank 1 kept
    CHECK_FALSE(contains(t.text, "- More"));    // rank 3 dropped
}

TEST_CASE("the first contact of every card on the code is on the code too") {
    const core::Content& c = testing::shippedContent();
    for (const auto& profile : c.profiles) {
        CAPTURE(profile.id);
        core::Session s(c);
        s.applyProfile(profile);
        const core::Result r = core::buildResult(c, s.answers(), c.defaultRegion);
        const auto contacts = core::takeAwayContacts(c, r);
        const auto crisisLines = core::takeAwayCrisisLines(c, r);
        for (int a : core::takeAwayAdvice(c, r)) {
            const auto& named = c.advice[static_cast<size_t>(a)].contacts;
            if (named.empty() || c.services[static_cast<size_t>(named.front())].sample) continue;
            if (std::find(r.services.begin(), r.services.end(), named.front()) == r.services.end()) continue;
            const bool listed = std::find(contacts.begin(), contacts.end(), named.front()) != contacts.end() ||
                                std::find(crisisLines.begin(), crisisLines.end(), named.front()) != crisisLines.end();
            CAPTURE(c.advice[static_cast<size_t>(a)].id);
            CHECK(listed);
        }
    }
}

TEST_CASE("two cards with the same take-away line (two ways of taking it ticked) put it on the code once") {
    const core::Content& c = testing::shippedContent();
    // Crack ticked: the pipe card needs a substance smoked in a pipe (a joint is not one).
    const core::AnswerSheet sheet = core::sheetOf(c, {testing::ref(c, "substances.crack"), testing::ref(c, "sells.never"),
                                                      testing::ref(c, "freq.few"), testing::ref(c, "route.smoke"),
                                                      testing::ref(c, "route.snort")});
    const core::Result r = core::buildResult(c, sheet, c.defaultRegion);
    std::vector<std::string> shown;
    for (int a : r.advice) shown.push_back(c.advice[static_cast<size_t>(a)].id);
    REQUIRE(std::find(shown.begin(), shown.end(), "route-smoke") != shown.end());
    REQUIRE(std::find(shown.begin(), shown.end(), "route-snort") != shown.end());
    const auto advice = core::takeAwayAdvice(c, r);
    for (size_t i = 0; i < advice.size(); ++i) {
        for (size_t j = i + 1; j < advice.size(); ++j) {
            CHECK(c.advice[static_cast<size_t>(advice[i])].takeaway.byLanguage != c.advice[static_cast<size_t>(advice[j])].takeaway.byLanguage);
        }
    }
    const std::string text = core::buildTakeAway(c, r, 0).text;
    const std::string line = c.advice[static_cast<size_t>(*std::find_if(r.advice.begin(), r.advice.end(), [&](int a) {
        return c.advice[static_cast<size_t>(a)].id == "route-smoke";
    }))].takeaway.in(0);
    CHECK(text.find(line) != std::string::npos);
    CHECK(text.find(line) == text.rfind(line));
}
