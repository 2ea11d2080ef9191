// The take-away code as a phone gets it: every sample profile's take-away screen is
// drawn at 1024x600, 1920x1080 and the Raspberry Pi displays (800x480, 720x1280) in every
// language, with every line ticked, with some unticked, with "numbers only" and enlarged
// (a tap on the code); zbarimg reads the code off the picture, and what it reads is the
// summary core built, fits the chosen QR version at the chosen level, and carries no
// word of either take-away list (forbidden, revealing): what a searched phone shows.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>

#include "core/assessment/take_away.h"
#include "core/content/content_validator.h"
#include "platform/headless_kiosk.h"
#include "support/content_fixture.h"
#include "support/scratch.h"

namespace {

// Everything zbarimg reads in the picture (the summary and the small dial codes).
std::string zbarimg(const std::string& path) {
    std::FILE* pipe = popen(("zbarimg --raw -q -Sdisable -Sqrcode.enable '" + path + "' 2>/dev/null").c_str(), "r");
    if (!pipe) return "";
    std::string out;
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    pclose(pipe);
    return out;
}

enum class Variant { AllLines, SomeUnticked, NumbersOnly, Enlarged };

// Unticks every other line after the first (crisis lines included).
void untickSome(platform::HeadlessKiosk& h) {
    const auto lines = h.kiosk().person.takeAway->lines;
    for (size_t i = 1; i < lines.size(); i += 2) h.act(core::action::ToggleTakeAwayLine{lines[i].id});
}

void checkDecoded(platform::HeadlessKiosk& h, const std::string& png, Variant variant) {
    const core::Kiosk& k = h.kiosk();
    const core::TakeAway& t = *k.person.takeAway;
    std::string error;
    REQUIRE(h.savePng(png, error));
    const std::string decoded = zbarimg(png);
    CAPTURE(t.text);
    CHECK(decoded.find(t.text) != std::string::npos);
    CHECK(t.qr.version <= core::kTakeAwayMaxQrVersion);
    // Encoded at the chosen level: the same text at that level gives the same modules.
    const core::QrMatrix again = core::encodeQr(t.text, core::kTakeAwayQrLevel);
    CHECK(again.dark == t.qr.dark);
    const core::Language& language = k.content->languages[static_cast<size_t>(k.language())];
    CHECK(core::forbiddenWordIn(decoded, language.takeawayForbidden) == "");
    CHECK(core::forbiddenWordIn(decoded, language.takeawayRevealing) == "");
    if (variant == Variant::SomeUnticked) {
        for (const auto& line : t.lines) if (!line.ticked) CHECK(decoded.find("- " + line.text + "\n") == std::string::npos);
    }
}

} // namespace

TEST_CASE("take-away code read by zbarimg: every profile, 1024x600, 1920x1080, 800x480 and 720x1280, all lines, some unticked, numbers only, enlarged") {
    const core::Content& c = testing::shippedContent();
    // This process's own folder: two test runs at once (plain and sanitizer) never share it.
    const std::filesystem::path dir = testing::freshDir("takeaway-decode");
    std::filesystem::create_directories(dir);
    for (auto [w, hgt] : {std::pair{1024, 600}, std::pair{1920, 1080}, std::pair{800, 480}, std::pair{720, 1280}}) {
        platform::HeadlessKiosk h(c, {}, w, hgt);
        REQUIRE(h.ok());
        for (size_t p = 0; p < c.profiles.size(); ++p) {
            for (core::LanguageIndex lang = 0; lang < static_cast<int>(c.languages.size()); ++lang) {
                for (Variant v : {Variant::AllLines, Variant::SomeUnticked, Variant::NumbersOnly, Variant::Enlarged}) {
                    CAPTURE(c.profiles[p].id);
                    CAPTURE(w);
                    CAPTURE(lang);
                    CAPTURE(static_cast<int>(v));
                    h.reset();
                    h.act(core::action::SetLanguage{lang});
                    h.act(core::action::ShowProfile{static_cast<int>(p)});
                    h.act(core::action::ShowServices{});
                    h.act(core::action::ShowTakeAway{});
                    if (v == Variant::SomeUnticked) untickSome(h);
                    if (v == Variant::NumbersOnly) h.act(core::action::SetTakeAwayNumbersOnly{true});
                    if (v == Variant::Enlarged) h.act(core::action::SetTakeAwayEnlarged{true});
                    h.frame();
                    checkDecoded(h, (dir / "take-away.png").string(), v);
                }
            }
        }
    }
    std::filesystem::remove_all(dir);
}
