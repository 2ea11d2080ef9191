// The text walk-through: answers parsed (unknown ids refused), every screen printed in
// order, the emergency screen with its numbers where a crisis answer stops the path.
#include <doctest/doctest.h>

#include "core/kiosk/walk_through.h"
#include "support/content_fixture.h"

namespace {
size_t at(const std::string& text, const std::string& part) {
    const size_t p = text.find(part);
    INFO("looking for: " << part);
    CHECK(p != std::string::npos);
    return p;
}
} // namespace

TEST_CASE("answer lists: ids resolved in order; unknown or malformed ids are a clear error") {
    const core::Content& c = testing::shippedContent();
    const core::AnswerList ok = core::parseAnswerList(c, "body.now, suicide.lately,");
    CHECK(ok.error.empty());
    REQUIRE(ok.answers.size() == 2);
    CHECK(ok.answers[0] == testing::ref(c, "body.now"));
    CHECK(ok.answers[1] == testing::ref(c, "suicide.lately"));
    const core::AnswerList q = core::parseAnswerList(c, "body.now,nosuch.yes");
    CHECK(q.answers.empty());
    CHECK(q.error.find("unknown question 'nosuch'") != std::string::npos);
    const core::AnswerList a = core::parseAnswerList(c, "body.maybe");
    CHECK(a.error.find("unknown answer 'maybe' of question 'body'") != std::string::npos);
    CHECK_FALSE(core::parseAnswerList(c, "body").error.empty());
}

TEST_CASE("a walk-through with a crisis answer: questions, then the emergency screen with 15 and 112, then results and take-away") {
    const core::Content& c = testing::shippedContent();
    const core::LanguageIndex en = *c.languageIndex("en");
    core::KioskSettings settings;
    settings.standDescription = "Orange T-shirts behind the kiosk";
    const std::string text = core::walkThrough(c, core::parseAnswerList(c, "body.now").answers, en, settings);
    const size_t welcome = at(text, "== welcome");
    const size_t body = at(text, "(body)\n");
    const size_t emergency = at(text, "== emergency (crisis-overdose)");
    const size_t fifteen = at(text, "Call 15 (");
    const size_t twelve = at(text, "Call 112 (");
    const size_t results = at(text, "== results");
    const size_t takeAway = at(text, "== take-away");
    at(text, "Where to find them: Orange T-shirts behind the kiosk");
    at(text, "[x] now: Yes, right now");
    CHECK(welcome < body);
    CHECK(body < emergency);
    CHECK(emergency < fifteen);
    CHECK(fifteen < twelve);
    CHECK(twelve < results);
    CHECK(results < takeAway);
    // Exactly one emergency screen, and the results still show the crisis.
    CHECK(text.find("== emergency", emergency + 1) == std::string::npos);
    CHECK(text.find(c.ui("crisis_title", en), results) != std::string::npos);
}

TEST_CASE("a walk-through without a crisis has no emergency screen; answers off the path are listed") {
    const core::Content& c = testing::shippedContent();
    const core::LanguageIndex fr = *c.languageIndex("fr");
    const std::string text = core::walkThrough(c, core::parseAnswerList(c, "body.no,new_batch.once").answers, fr);
    CHECK(text.find("== emergency") == std::string::npos);
    CHECK(text.find("== results") != std::string::npos);
    const size_t notAsked = text.find("== not asked on this path");
    REQUIRE(notAsked != std::string::npos);
    CHECK(text.find("new_batch.once", notAsked) != std::string::npos);
}
