// Take-away summary text, its budget and its QR codes.
#include "core/assessment/take_away.h"

#include <algorithm>

#include "core/assessment/contact_kind.h"
#include "core/assessment/service_hours.h"

namespace core {
namespace {

// The schedule itself: the first sentence of `hours` (later sentences add detail that
// the small QR budget cannot carry; see docs/content-format.md).
std::string scheduleOf(const std::string& hours) {
    const size_t end = hours.find(". ");
    std::string first = hours.substr(0, end);
    if (!first.empty() && first.back() == '.') first.pop_back();
    return first;
}

// Number first: it reads the same in every language, with no punctuation rules to follow.
std::string contactLine(const Content& c, const Service& s, LanguageIndex lang, const std::optional<LocalTime>& at) {
    const std::string number = contactNumber(c, s, lang);
    const std::string now = takeAwayOpenNote(c, s, at, lang);
    return "- " + number + " " + s.name.in(lang) + " (" + scheduleOf(s.hours.in(lang)) + ")" + (now.empty() ? "" : " – " + now);
}

} // namespace

// Most relevant first: crisis cards, then cards an answer triggered about this person's
// situation (priority kSituationalPriority or more: owing a supplier, testing stock on
// clients, a recent assault), then every other card in the results' order. Broad
// harm-reduction cards that almost every user triggers (drug checking, the fine) rank
// with the level cards, so they cannot push out the safety card of a high level.
// Cards can share a take-away line (smoking and snorting both lead to a CAARUD, and a
// multiple-choice answer triggers both): the line goes on the code once.
std::vector<int> takeAwayAdvice(const Content& c, const Result& r) {
    std::vector<int> cards;
    const auto lineTaken = [&](const Advice& card) {
        return std::any_of(cards.begin(), cards.end(), [&](int a) { return c.advice[static_cast<size_t>(a)].takeaway.byLanguage == card.takeaway.byLanguage; });
    };
    for (int group = 0; group < 3; ++group) {
        for (int a : r.advice) {
            const Advice& card = c.advice[static_cast<size_t>(a)];
            const bool situational = card.when && card.priority >= kSituationalPriority;
            const int own = card.crisis ? 0 : situational ? 1 : 2;
            if (own == group && cards.size() < static_cast<size_t>(kTakeAwayMaxAdvice) && !lineTaken(card)) cards.push_back(a);
        }
    }
    return cards;
}

// Real entries only: a sample number must never leave the kiosk on someone's phone. The
// crisis lines have their own block, so no number is listed twice. The first contact of
// each card on the code comes first, so a line a card's step speaks of ("the listening
// line answers day and night") is on the code with it; then the results' order.
std::vector<int> takeAwayContacts(const Content& c, const Result& r) {
    const std::vector<int> crisisLines = takeAwayCrisisLines(c, r);
    std::vector<int> order;
    for (int a : takeAwayAdvice(c, r)) {
        const auto& named = c.advice[static_cast<size_t>(a)].contacts;
        if (!named.empty() && std::find(r.services.begin(), r.services.end(), named.front()) != r.services.end()) {
            order.push_back(named.front());
        }
    }
    order.insert(order.end(), r.services.begin(), r.services.end());
    std::vector<int> out;
    for (int s : order) {
        if (c.services[static_cast<size_t>(s)].sample) continue;
        if (std::find(crisisLines.begin(), crisisLines.end(), s) != crisisLines.end()) continue;
        if (std::find(out.begin(), out.end(), s) != out.end()) continue;
        if (out.size() < static_cast<size_t>(kTakeAwayMaxContacts)) out.push_back(s);
    }
    return out;
}

std::vector<int> takeAwayCrisisLines(const Content& c, const Result& r) {
    std::vector<int> out;
    if (!r.crisis) return out;
    for (int s : r.crisisServices(c)) if (!c.services[static_cast<size_t>(s)].sample) out.push_back(s);
    return out;
}

std::string takeAwayText(const Content& c, const Result& r, LanguageIndex lang, const std::vector<int>& advice,
                         const std::vector<int>& contacts) {
    std::string t = c.ui("takeaway_header", lang) + "\n";
    const auto crisisLines = takeAwayCrisisLines(c, r);
    if (!crisisLines.empty()) {
        t += "\n" + c.ui("takeaway_crisis", lang) + "\n";
        // No open-now note here: crisis lines are always kept, so their size is checked by
        // the validator once, independent of the hour (their order already puts open ones first).
        for (int s : crisisLines) t += contactLine(c, c.services[static_cast<size_t>(s)], lang, std::nullopt) + "\n";
    }
    if (!advice.empty()) {
        t += "\n" + c.ui("advice_title", lang) + "\n";
        for (int a : advice) {
            t += "- " + c.advice[static_cast<size_t>(a)].takeaway.in(lang) + "\n";
        }
    }
    if (!contacts.empty()) {
        t += "\n" + c.ui("takeaway_contacts", lang) + "\n";
        for (int s : contacts) t += contactLine(c, c.services[static_cast<size_t>(s)], lang, r.at) + "\n";
    }
    return t + "\n" + c.ui("takeaway_footer", lang);
}

TakeAway buildTakeAway(const Content& c, const Result& r, LanguageIndex lang) {
    TakeAway out;
    const auto adviceCandidates = takeAwayAdvice(c, r);
    const auto contactCandidates = takeAwayContacts(c, r);
    std::vector<int> advice, contacts;
    auto fits = [&](const std::vector<int>& a, const std::vector<int>& s) {
        const QrMatrix qr = encodeQr(takeAwayText(c, r, lang, a, s));
        return !qr.empty() && qr.version <= kTakeAwayMaxQrVersion;
    };
    for (size_t rank = 0; rank < std::max(adviceCandidates.size(), contactCandidates.size()); ++rank) {
        if (rank < adviceCandidates.size()) {
            advice.push_back(adviceCandidates[rank]);
            if (!fits(advice, contacts)) advice.pop_back();
        }
        if (rank < contactCandidates.size()) {
            contacts.push_back(contactCandidates[rank]);
            if (!fits(advice, contacts)) contacts.pop_back();
        }
    }
    out.text = takeAwayText(c, r, lang, advice, contacts);
    out.qr = encodeQr(out.text);  // crisis lines alone may exceed the version: never dropped
    std::vector<int> dial = takeAwayCrisisLines(c, r);
    for (int s : contactCandidates) dial.push_back(s);
    if (dial.size() > static_cast<size_t>(kTakeAwayMaxDialCodes)) dial.resize(kTakeAwayMaxDialCodes);
    for (int s : dial) {
        const std::string uri = dialUri(c.services[static_cast<size_t>(s)]);
        out.dialCodes.push_back({s, uri, encodeQr(uri)});
    }
    return out;
}

} // namespace core
