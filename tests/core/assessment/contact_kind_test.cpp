// Phone or SMS: which one a service is reached by, and how that number is written on
// every screen, under a dial code and inside it.
#include <doctest/doctest.h>

#include "core/assessment/contact_kind.h"
#include "support/content_fixture.h"

namespace {
core::Service line(const std::string& phone, const std::string& sms) {
    core::Service s;
    s.phone = phone;
    s.sms = sms;
    return s;
}
} // namespace

TEST_CASE("a phone number makes it a call; without one, a text") {
    CHECK(core::contactKind(line("0 800 23 13 13", "")) == core::ContactKind::Phone);
    CHECK(core::contactKind(line("0 800 23 13 13", "114")) == core::ContactKind::Phone);
    CHECK(core::contactKind(line("", "114")) == core::ContactKind::Sms);
}

TEST_CASE("the number beside a name, under a code and inside it agree on the kind") {
    const core::Content& c = testing::baseContent();
    const core::LanguageIndex en = *c.languageIndex("en");
    const core::Service voice = line("0 800 23 13 13", "");
    CHECK(core::contactNumber(c, voice, en) == "0 800 23 13 13");
    CHECK(core::dialLabel(c, voice, en) == "en call 0 800 23 13 13");
    CHECK(core::dialUri(voice) == "tel:0800231313");
    const core::Service text = line("", "114");
    CHECK(core::contactNumber(c, text, en) == "en sms 114");
    CHECK(core::dialLabel(c, text, en) == "en sms 114");
    CHECK(core::dialUri(text) == "sms:114");
}

TEST_CASE("a card shows the SMS number as well only for a phone line that takes texts") {
    const core::Content& c = testing::baseContent();
    const core::LanguageIndex fr = *c.languageIndex("fr");
    CHECK(core::alsoBySms(c, line("0 800 23 13 13", "114"), fr) == "fr sms 114");
    CHECK(core::alsoBySms(c, line("0 800 23 13 13", ""), fr).empty());
    CHECK(core::alsoBySms(c, line("", "114"), fr).empty());  // already the number shown
}
