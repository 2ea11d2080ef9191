// The take-away rules: what leaves on a phone says nothing about the person and nothing
// about the kiosk. Advice take-away lines and contacts as the code lists them carry no
// forbidden or revealing word; services that give a person away carry a discreet name;
// the code's headings are neutral; the crisis lines always fit the code. Run by
// validateContent (content_validator.cpp).
#include "core/content/takeaway_rules.h"

#include <algorithm>
#include <cctype>

#include "core/assessment/take_away.h"

namespace core {
namespace {

// Whether the character starting at byte `i` is a letter or digit: ASCII, or a two-byte
// Latin-1 / Latin Extended-A letter (é, ç, œ). Punctuation such as ’ « » is not.
bool letterAt(const std::string& text, size_t i) {
    if (i >= text.size()) return false;
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) return std::isalnum(b) != 0;
    return (b == 0xC3 || b == 0xC5) && i + 1 < text.size();
}

// Whether the character ending just before byte `i` is a letter.
bool letterBefore(const std::string& text, size_t i) {
    if (i == 0) return false;
    size_t lead = i - 1;
    while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
    return letterAt(text, lead);
}

// The words of either list found in `text`, or "".
std::string revealingWordIn(const Language& language, const std::string& text) {
    std::string word = forbiddenWordIn(text, language.takeawayForbidden);
    return word.empty() ? forbiddenWordIn(text, language.takeawayRevealing) : word;
}

// What leaves on the phone says nothing about the person: an advice card's take-away
// line carries no word of either list, in every language. The revealing words count as
// much as the forbidden ones: "a CSAPA", "a lawyer" or "victim support" on a searched
// phone tells the story as well as "selling" does (issue 23). The code's other texts are
// the contacts as the code lists them (checkServicesOnCode) and the headings (checkTakeawayHeadings).
void checkTakeawayWords(const Content& c, Reporter& r) {
    for (size_t lang = 0; lang < c.languages.size(); ++lang) {
        const Language& language = c.languages[lang];
        const auto li = static_cast<LanguageIndex>(lang);
        for (const Advice& a : c.advice) {
            const std::string word = revealingWordIn(language, a.takeaway.in(li));
            if (!word.empty()) {
                r.error(a.place, "take-away line of advice '" + a.id + "' (" + language.id + ") contains '" + word +
                                     "', a word the take-away must never carry (it gives the person away)");
            }
        }
    }
}

// A service goes on the code under its discreet name when it has one. One is required
// when the name or the description says violence, drugs, justice, age or suicide (both
// lists): the name gives the person away even when the description is what says it,
// since anyone can look the name up. The name that goes on the code must say none of it.
void checkDiscreetName(const Content& c, const Service& s, LanguageIndex li, Reporter& r) {
    const Language& language = c.languages[static_cast<size_t>(li)];
    const std::string what = "service '" + s.id + "' (" + language.id + ")";
    if (!s.discreetName.empty()) {
        const std::string word = revealingWordIn(language, s.discreetName.in(li));
        if (!word.empty()) r.error(s.place, what + ": discreet_name contains '" + word + "', which gives the person away on the take-away");
        return;
    }
    std::string word = revealingWordIn(language, s.name.in(li));
    const std::string where = word.empty() ? "description" : "name";
    if (word.empty()) word = revealingWordIn(language, s.description.in(li));
    if (!word.empty()) {
        r.error(s.place, what + ": its " + where + " contains '" + word +
                             "', so the take-away needs a discreet_name that says nothing of it");
    }
}

// The whole contact line as the code carries it: the written hours' first sentence goes
// on it too ("Sur rendez-vous, pour les jeunes" would say as much as a name).
void checkContactOnCode(const Content& c, const Service& s, LanguageIndex li, Reporter& r) {
    const Language& language = c.languages[static_cast<size_t>(li)];
    const std::string name = (s.discreetName.empty() ? s.name : s.discreetName).in(li);
    if (!revealingWordIn(language, name).empty()) return;  // already reported by checkDiscreetName
    const std::string onCode = takeAwayContactText(c, s, li);
    const std::string word = revealingWordIn(language, onCode);
    if (!word.empty()) {
        r.error(s.place, "service '" + s.id + "' (" + language.id + "): on the take-away it reads \"" + onCode +
                             "\", which contains '" + word + "': shorten its hours' first sentence");
    }
}

void checkServicesOnCode(const Content& c, Reporter& r) {
    for (const Service& s : c.services) {
        for (size_t lang = 0; lang < c.languages.size(); ++lang) {
            checkDiscreetName(c, s, static_cast<LanguageIndex>(lang), r);
            checkContactOnCode(c, s, static_cast<LanguageIndex>(lang), r);
        }
    }
}

// The code's headings come from the content and say nothing about the person or the
// kiosk: no word of either list, not the kiosk's name, not its tagline.
void checkTakeawayHeadings(const Content& c, Reporter& r) {
    static const char* const headings[] = {"takeaway_header", "takeaway_crisis", "advice_title", "takeaway_contacts"};
    const SourcePlace place{c.directory + "/strings.toml", 0, 0};
    for (size_t lang = 0; lang < c.languages.size(); ++lang) {
        const Language& language = c.languages[lang];
        const auto li = static_cast<LanguageIndex>(lang);
        std::vector<std::string> kiosk = language.takeawayForbidden;
        for (const char* own : {"app_name", "welcome_tagline"}) {
            std::string text = c.ui(own, li);
            for (char& ch : text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (c.uiStrings.count(own) && !text.empty()) kiosk.push_back(text);
        }
        for (const char* id : headings) {
            if (!c.uiStrings.count(id)) continue;
            std::string word = forbiddenWordIn(c.ui(id, li), kiosk);
            if (word.empty()) word = forbiddenWordIn(c.ui(id, li), language.takeawayRevealing);
            if (!word.empty()) {
                r.error(place, "interface string '" + std::string(id) + "' (" + language.id + ") contains '" + word +
                                   "': the take-away's headings say nothing about the person or the kiosk");
            }
        }
    }
}

// The take-away always keeps its crisis lines (take_away.h): with every crisis card shown
// at once, they must still fit a QR code in every language, or a person in crisis gets a
// blank code (an error); above the version a phone reads off the screen from arm's
// length the code is dense and may not scan (a warning).
void checkCrisisTakeAway(const Content& c, Reporter& r) {
    Result worst;
    worst.crisis = true;
    for (size_t a = 0; a < c.advice.size(); ++a) if (c.advice[a].crisis) worst.advice.push_back(static_cast<int>(a));
    if (worst.advice.empty()) return;
    for (size_t lang = 0; lang < c.languages.size(); ++lang) {
        std::vector<TakeAwayLine> crisisLines = takeAwayLines(c, worst, static_cast<LanguageIndex>(lang), {});
        crisisLines.erase(std::remove_if(crisisLines.begin(), crisisLines.end(),
                                         [](const TakeAwayLine& l) { return l.id.kind != TakeAwayLineKind::Crisis; }),
                          crisisLines.end());
        const std::string text = takeAwayText(c, static_cast<LanguageIndex>(lang), crisisLines);
        const QrMatrix qr = encodeQr(text, kTakeAwayQrLevel);
        if (!qr.empty() && qr.version <= kTakeAwayMaxQrVersion) continue;
        const SourcePlace& place = c.advice[static_cast<size_t>(worst.advice.front())].place;
        const std::string what = "the crisis take-away in '" + c.languages[lang].id + "' (" + std::to_string(text.size()) +
                                 " bytes, with every crisis card's contacts) ";
        const std::string fix = ": shorten the crisis lines' names on the code (their discreet_name), or name fewer contacts";
        if (qr.empty()) r.error(place, what + "does not fit a QR code at all, so the code would be blank" + fix);
        else r.warning(place, what + "needs QR version " + std::to_string(qr.version) + ", above the " +
                                  std::to_string(kTakeAwayMaxQrVersion) + " a phone reads off the screen" + fix);
    }
}

} // namespace

std::string forbiddenWordIn(const std::string& text, const std::vector<std::string>& entries) {
    std::string lower = text;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (const std::string& entry : entries) {
        const bool prefix = !entry.empty() && entry.back() == '*';
        const std::string word = prefix ? entry.substr(0, entry.size() - 1) : entry;
        if (word.empty()) continue;
        for (size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
            if (!letterBefore(lower, at) && (prefix || !letterAt(lower, at + word.size()))) return entry;
        }
    }
    return "";
}

void validateTakeAway(const Content& content, std::vector<Diagnostic>& out) {
    Reporter r{out};
    checkTakeawayWords(content, r);
    checkServicesOnCode(content, r);
    checkTakeawayHeadings(content, r);
    checkCrisisTakeAway(content, r);
}

} // namespace core
