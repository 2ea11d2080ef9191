// Pack keys: written forms round-trip, a damaged secret key is refused, the trusted-keys
// text skips what it cannot read (trusting nothing from it), keys are found by fingerprint.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>

#include "core/content/pack_keys.h"

TEST_CASE("pack keys: public key text and fingerprint") {
    const auto pair = *core::makeKeyPair();
    const std::string text = core::keyText(pair.publicKey);
    CHECK(text.size() == 64);
    CHECK(core::parseKeyText(text) == pair.publicKey);
    std::string upper = text;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(core::parseKeyText(" " + upper + "\n") == pair.publicKey);
    CHECK_FALSE(core::parseKeyText(text.substr(1)));
    CHECK_FALSE(core::parseKeyText(text + "00"));
    CHECK_FALSE(core::parseKeyText("zz" + text.substr(2)));
    const std::string fp = core::fingerprint(pair.publicKey);
    CHECK(fp.size() == 19);
    CHECK(fp[4] == ' ');
    CHECK(fp != core::fingerprint(core::makeKeyPair()->publicKey));
}

TEST_CASE("pack keys: the secret key file round-trips; a damaged one is refused") {
    const auto pair = *core::makeKeyPair();
    const std::string text = core::secretKeyText(pair.secretKey);
    CHECK(text.rfind("repere-pack-secret-key 1\n", 0) == 0);
    const auto back = core::parseSecretKeyText(text);
    REQUIRE(back);
    CHECK(*back == pair.secretKey);
    CHECK(core::publicKeyOf(*back) == pair.publicKey);
    std::string damaged = text;
    damaged[damaged.size() - 3] = damaged[damaged.size() - 3] == '0' ? '1' : '0';  // in the public half
    CHECK_FALSE(core::parseSecretKeyText(damaged));
    CHECK_FALSE(core::parseSecretKeyText(core::keyText(pair.publicKey)));
    CHECK_FALSE(core::parseSecretKeyText(""));
}

TEST_CASE("pack keys: the trusted keys text") {
    const auto a = *core::makeKeyPair(), b = *core::makeKeyPair();
    const std::vector<core::TrustedKey> keys = {{a.publicKey, "Équipe Paris"}, {b.publicKey, "Équipe Lyon"}};
    std::vector<std::string> problems;
    const auto back = core::parseTrustedKeys(core::trustedKeysText(keys), problems);
    CHECK(problems.empty());
    REQUIRE(back.size() == 2);
    CHECK(back[1].name == "Équipe Lyon");
    CHECK(back[1].key == b.publicKey);

    const std::string damaged = core::keyText(a.publicKey).substr(2) + " Short key\n" + core::keyText(b.publicKey) + "\n" +
                                core::keyText(b.publicKey) + " Lyon\n";
    const auto some = core::parseTrustedKeys(damaged, problems);
    REQUIRE(some.size() == 1);  // the short key and the nameless line trust nothing
    CHECK(some[0].name == "Lyon");
    CHECK(problems.size() == 2);
    CHECK(problems[0] == "line 1 of the trusted keys cannot be read: ignored");
}

TEST_CASE("pack keys: found by key or by fingerprint as typed; names checked") {
    const auto a = *core::makeKeyPair(), b = *core::makeKeyPair();
    const std::vector<core::TrustedKey> keys = {{a.publicKey, "A"}, {b.publicKey, "B"}};
    CHECK(core::findTrusted(keys, core::keyText(b.publicKey)) == size_t{1});
    CHECK(core::findTrusted(keys, core::fingerprint(b.publicKey)) == size_t{1});
    std::string typed = core::fingerprint(a.publicKey);
    typed.erase(std::remove(typed.begin(), typed.end(), ' '), typed.end());
    CHECK(core::findTrusted(keys, typed) == size_t{0});
    CHECK_FALSE(core::findTrusted(keys, "1234"));
    CHECK_FALSE(core::findTrusted(keys, ""));
    CHECK(core::trustedNameProblem("Équipe Lyon").empty());
    CHECK_FALSE(core::trustedNameProblem("").empty());
    CHECK_FALSE(core::trustedNameProblem("a\nb").empty());
    CHECK_FALSE(core::trustedNameProblem("\x1b]0;title").empty());
    CHECK_FALSE(core::trustedNameProblem(std::string(101, 'x')).empty());
}
