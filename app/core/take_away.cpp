// Take-away summary text, its budget and its QR codes.
#include "core/take_away.h"

#include <algorithm>

namespace core {
namespace {

std::string digitsOf(const std::string& number) {
    std::string d;
    for (char c : number) if (c != ' ') d += c;
    return d;
}

std::string contactLine(const Content& c, const Service& s, LanguageIndex lang) {
    const std::string number = s.phone.empty() ? c.ui("sms", lang) + " " + s.sms : s.phone;
    return "- " + s.name.in(lang) + ": " + number + " (" + s.hours.in(lang) + ")";
}

bool servesCrisis(const Service& s) {
    return std::find(s.needs.begin(), s.needs.end(), Need{Need::kCrisis}) != s.needs.end();
}

// Contacts worth carrying away: real entries only (a sample number must never leave
// the kiosk on someone's phone), crisis lines listed apart when the crisis is raised.
std::vector<int> carriedContacts(const Content& c, const Result& r) {
    std::vector<int> out;
    for (int s : r.services) {
        const Service& service = c.services[static_cast<size_t>(s)];
        if (service.sample || (r.crisis && servesCrisis(service))) continue;
        out.push_back(s);
    }
    return out;
}

std::vector<int> carriedCrisisLines(const Content& c, const Result& r) {
    std::vector<int> out;
    if (!r.crisis) return out;
    for (int s : r.crisisServices(c)) if (!c.services[static_cast<size_t>(s)].sample) out.push_back(s);
    return out;
}

} // namespace

std::string dialUri(const Service& s) { return s.phone.empty() ? "sms:" + digitsOf(s.sms) : "tel:" + digitsOf(s.phone); }

std::string takeAwayText(const Content& c, const Result& r, LanguageIndex lang, int advice, int contacts) {
    std::string t = c.ui("takeaway_header", lang) + "\n";
    const auto crisisLines = carriedCrisisLines(c, r);
    if (!crisisLines.empty()) {
        t += "\n" + c.ui("takeaway_crisis", lang) + "\n";
        for (int s : crisisLines) t += contactLine(c, c.services[static_cast<size_t>(s)], lang) + "\n";
    }
    std::vector<int> cards;
    for (int a : r.advice) if (!c.advice[static_cast<size_t>(a)].crisis) cards.push_back(a);
    if (advice > 0 && !cards.empty()) {
        t += "\n" + c.ui("advice_title", lang) + "\n";
        for (size_t i = 0; i < cards.size() && static_cast<int>(i) < advice; ++i) {
            const Advice& card = c.advice[static_cast<size_t>(cards[i])];
            t += "- " + card.title.in(lang) + ": " + card.step.in(lang) + "\n";
        }
    }
    const auto carried = carriedContacts(c, r);
    if (contacts > 0 && !carried.empty()) {
        t += "\n" + c.ui("takeaway_contacts", lang) + "\n";
        for (size_t i = 0; i < carried.size() && static_cast<int>(i) < contacts; ++i) {
            t += contactLine(c, c.services[static_cast<size_t>(carried[i])], lang) + "\n";
        }
    }
    return t + "\n" + c.ui("takeaway_footer", lang);
}

TakeAway buildTakeAway(const Content& c, const Result& r, LanguageIndex lang) {
    TakeAway out;
    int advice = kTakeAwayMaxAdvice, contacts = kTakeAwayMaxContacts;
    for (;;) {
        out.text = takeAwayText(c, r, lang, advice, contacts);
        out.qr = encodeQr(out.text);
        if (!out.qr.empty() && out.qr.version <= kTakeAwayMaxQrVersion) break;
        if (advice > 0) --advice;
        else if (contacts > 0) --contacts;
        else break;  // crisis lines and header alone: kept whatever their size
    }
    std::vector<int> dial = carriedCrisisLines(c, r);
    for (int s : carriedContacts(c, r)) if (dial.size() < 3) dial.push_back(s);
    for (int s : dial) {
        const std::string uri = dialUri(c.services[static_cast<size_t>(s)]);
        out.dialCodes.push_back({s, uri, encodeQr(uri)});
    }
    return out;
}

} // namespace core
