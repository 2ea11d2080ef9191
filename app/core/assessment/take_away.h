// What the person takes with them: a short plain-text summary in their language (the
// crisis lines when raised, each shown card's take-away line, contacts for their needs)
// and its QR code, plus small codes that dial a contact. The person ticks which lines go
// on it. Never their answers, levels or anything about them, nor where it came from:
// take-away lines and discreet names are written to be safe on a searched phone (see the
// take-away rules in content/takeaway_rules.cpp). Built when the screen opens and at each tick.
#pragma once
#include <string>
#include <vector>

#include "core/model/content.h"
#include "core/assessment/qr_code.h"
#include "core/assessment/result.h"

namespace core {

// The code is read by a phone camera off a screen at arm's length, not off paper: what
// limits reading is the size of a module in the photo. The screen draws the code as
// large as its place allows (ui/screens/take_away_screen.cpp), so a lower version means
// larger modules: version 11 is 61 modules, 69 with the quiet zone, 7 px a module at
// 1024x600, 13 at 1920x1080, 9 at 720x1280, and every sample profile's code reads in
// 97.5 % or more of simulated photos (docs/take-away-code.md). At a given module size the
// level barely matters there (L, M, Q, H at 7 px: 146, 140, 140, 140 of 150, in a harsher
// earlier simulation). Level M (15 %) is kept over L for what the simulation does not
// draw, a glare spot or a finger over a corner; Q or H would cost a version or more for
// the same text, that is smaller modules.
constexpr QrLevel kTakeAwayQrLevel = QrLevel::M;
constexpr int kTakeAwayMaxQrVersion = 11;
constexpr int kTakeAwayMaxAdvice = 4;
constexpr int kTakeAwayMaxContacts = 4;
constexpr int kTakeAwayMaxDialCodes = 3;  // small "call" codes beside the summary
// A triggered card of at least this priority speaks to the person's own situation and
// leads the take-away's advice (docs/content-format.md, "Take-away").
constexpr int kSituationalPriority = 40;

enum class TakeAwayLineKind { Crisis, Advice, Contact };

// One line the code can hold: stable across languages, so a choice survives a change of
// language on the take-away screen.
struct TakeAwayLineId {
    TakeAwayLineKind kind = TakeAwayLineKind::Contact;
    int item = -1;  // index into Content::advice (Advice) or Content::services (Crisis, Contact)
    bool operator==(const TakeAwayLineId& o) const { return kind == o.kind && item == o.item; }
};

// What the person chose on the take-away screen. Held in Person and wiped with it.
struct TakeAwayChoices {
    std::vector<TakeAwayLineId> unticked;  // every line starts ticked, crisis lines too
    bool numbersOnly = false;              // phone numbers only, under neutral names; no advice line
    bool ticked(const TakeAwayLineId& id) const;
};

struct TakeAwayLine {
    TakeAwayLineId id;
    std::string text;      // word for word as on the code, without its leading "- "
    std::string realName;  // a contact whose code carries a discreet name: its real name (screen only); else ""
    bool ticked = true;
    bool onCode = false;   // ticked and there was room for it
};

struct DialCode {
    int service = 0;    // index into Content::services
    std::string uri;    // tel:… or sms:…
    QrMatrix qr;
};

struct TakeAway {
    std::vector<TakeAwayLine> lines;  // the screen's check list, in rank order (numbers only: no advice)
    std::string text;
    QrMatrix qr;
    std::vector<DialCode> dialCodes;  // the first services on the code
};

// Candidates for the summary, most relevant first: advice cards (crisis, then triggered
// by an answer, then by level) and the real (non-sample) contacts, crisis lines apart.
std::vector<int> takeAwayAdvice(const Content& content, const Result& result);
std::vector<int> takeAwayContacts(const Content& content, const Result& result);
std::vector<int> takeAwayCrisisLines(const Content& content, const Result& result);

// Every line the screen offers, in rank order: crisis lines, then advice 1, contact 1,
// advice 2, contact 2, … (no advice with `numbersOnly`), ticked as chosen; onCode unset.
std::vector<TakeAwayLine> takeAwayLines(const Content& content, const Result& result, LanguageIndex language,
                                        const TakeAwayChoices& choices);

// A contact as the code says it: number, discreet name (else the name), fixed hours.
std::string takeAwayContactText(const Content& content, const Service& service, LanguageIndex language);

// The code's text for these lines: the neutral header, then each kind of line under its
// heading (crisis lines, advice, contacts). Nothing about the kiosk, no time of day.
std::string takeAwayText(const Content& content, LanguageIndex language, const std::vector<TakeAwayLine>& lines);

// The summary of the ticked lines that fit kTakeAwayMaxQrVersion: lines are tried in
// rank order and each is kept if the code still fits, so a long line is skipped before a
// shorter one below it. Ticked crisis lines are always kept.
TakeAway buildTakeAway(const Content& content, const Result& result, LanguageIndex language,
                       const TakeAwayChoices& choices = {});

} // namespace core
