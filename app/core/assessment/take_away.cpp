// Take-away summary text, its budget and its QR codes.
#include "core/assessment/take_away.h"

#include <algorithm>

#include "core/assessment/contact_kind.h"
#include "core/assessment/take_away_hours.h"

namespace core {

bool TakeAwayChoices::ticked(const TakeAwayLineId& id) const {
    return std::find(unticked.begin(), unticked.end(), id) == unticked.end();
}

// Number first: it reads the same in every language, with no punctuation rules to follow.
std::string takeAwayContactText(const Content& c, const Service& s, LanguageIndex lang) {
    const Text& name = s.discreetName.empty() ? s.name : s.discreetName;
    return contactNumber(c, s, lang) + " " + name.in(lang) + " (" + takeAwayHours(c, s, lang) + ")";
}

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

namespace {

TakeAwayLine lineFor(const Content& c, LanguageIndex lang, const TakeAwayChoices& choices, TakeAwayLineKind kind, int item) {
    TakeAwayLine line;
    line.id = {kind, item};
    line.ticked = choices.ticked(line.id);
    if (kind == TakeAwayLineKind::Advice) {
        line.text = c.advice[static_cast<size_t>(item)].takeaway.in(lang);
        return line;
    }
    const Service& s = c.services[static_cast<size_t>(item)];
    line.text = takeAwayContactText(c, s, lang);
    if (!s.discreetName.empty() && s.discreetName.in(lang) != s.name.in(lang)) line.realName = s.name.in(lang);
    return line;
}

// The lines of one kind under their heading, or nothing when there are none.
std::string block(const Content& c, LanguageIndex lang, const std::vector<TakeAwayLine>& lines, TakeAwayLineKind kind,
                  const char* heading) {
    std::string t;
    for (const TakeAwayLine& line : lines) if (line.id.kind == kind) t += "- " + line.text + "\n";
    return t.empty() ? t : "\n" + c.ui(heading, lang) + "\n" + t;
}

bool fits(const std::string& text) {
    const QrMatrix qr = encodeQr(text, kTakeAwayQrLevel);
    return !qr.empty() && qr.version <= kTakeAwayMaxQrVersion;
}

} // namespace

std::vector<TakeAwayLine> takeAwayLines(const Content& c, const Result& r, LanguageIndex lang, const TakeAwayChoices& choices) {
    std::vector<TakeAwayLine> lines;
    for (int s : takeAwayCrisisLines(c, r)) lines.push_back(lineFor(c, lang, choices, TakeAwayLineKind::Crisis, s));
    const std::vector<int> advice = choices.numbersOnly ? std::vector<int>{} : takeAwayAdvice(c, r);
    const std::vector<int> contacts = takeAwayContacts(c, r);
    for (size_t rank = 0; rank < std::max(advice.size(), contacts.size()); ++rank) {
        if (rank < advice.size()) lines.push_back(lineFor(c, lang, choices, TakeAwayLineKind::Advice, advice[rank]));
        if (rank < contacts.size()) lines.push_back(lineFor(c, lang, choices, TakeAwayLineKind::Contact, contacts[rank]));
    }
    return lines;
}

std::string takeAwayText(const Content& c, LanguageIndex lang, const std::vector<TakeAwayLine>& lines) {
    return c.ui("takeaway_header", lang) + "\n" + block(c, lang, lines, TakeAwayLineKind::Crisis, "takeaway_crisis") +
           block(c, lang, lines, TakeAwayLineKind::Advice, "advice_title") +
           block(c, lang, lines, TakeAwayLineKind::Contact, "takeaway_contacts");
}

TakeAway buildTakeAway(const Content& c, const Result& r, LanguageIndex lang, const TakeAwayChoices& choices) {
    TakeAway out;
    out.lines = takeAwayLines(c, r, lang, choices);
    std::vector<TakeAwayLine> kept;
    for (TakeAwayLine& line : out.lines) {
        if (!line.ticked) continue;
        kept.push_back(line);
        // Crisis lines are never dropped: the validator checks they fit on their own.
        if (line.id.kind != TakeAwayLineKind::Crisis && !fits(takeAwayText(c, lang, kept))) kept.pop_back();
        else line.onCode = true;
    }
    out.text = takeAwayText(c, lang, kept);
    out.qr = encodeQr(out.text, kTakeAwayQrLevel);
    for (const TakeAwayLine& line : kept) {
        if (line.id.kind == TakeAwayLineKind::Advice || out.dialCodes.size() >= static_cast<size_t>(kTakeAwayMaxDialCodes)) continue;
        const std::string uri = dialUri(c.services[static_cast<size_t>(line.id.item)]);
        out.dialCodes.push_back({line.id.item, uri, encodeQr(uri)});
    }
    return out;
}

} // namespace core
