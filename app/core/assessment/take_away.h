// What the person takes with them: a short plain-text summary in their language (the
// crisis lines when raised, each shown card's take-away line, contacts for their needs)
// and its QR code, plus small codes that dial a contact. Never their answers, levels or
// anything about them: take-away lines are written to be safe on a searched phone (see
// the forbidden-words rule in content_validator.cpp). Built once when the screen opens.
#pragma once
#include <string>
#include <vector>

#include "core/model/content.h"
#include "core/assessment/qr_code.h"
#include "core/assessment/result.h"

namespace core {

// Largest QR version allowed (117 modules a side, level M: about 1,000 bytes): room for
// the crisis lines, 3 to 4 advice lines and 3 to 4 contacts. Read by zbarimg off the
// rendered screen at 1920x1080 and at 1024x600 (3 px a module there; see
// docs/content-format.md, "What leaves on the phone").
constexpr int kTakeAwayMaxQrVersion = 25;
constexpr int kTakeAwayMaxAdvice = 4;
constexpr int kTakeAwayMaxContacts = 4;
constexpr int kTakeAwayMaxDialCodes = 3;  // small "call" codes beside the summary
// A triggered card of at least this priority speaks to the person's own situation and
// leads the take-away's advice (docs/content-format.md, "Take-away").
constexpr int kSituationalPriority = 40;

struct DialCode {
    int service = 0;    // index into Content::services
    std::string uri;    // tel:… or sms:…
    QrMatrix qr;
};

struct TakeAway {
    std::string text;
    QrMatrix qr;
    std::vector<DialCode> dialCodes;  // crisis lines first, then the first contacts
};

// Candidates for the summary, most relevant first: advice cards (crisis, then triggered
// by an answer, then by level) and the real (non-sample) contacts, crisis lines apart.
std::vector<int> takeAwayAdvice(const Content& content, const Result& result);
std::vector<int> takeAwayContacts(const Content& content, const Result& result);
std::vector<int> takeAwayCrisisLines(const Content& content, const Result& result);

// The summary holding exactly the given advice cards and contacts (indices into the
// content), plus the crisis lines when the crisis flag is raised.
std::string takeAwayText(const Content& content, const Result& result, LanguageIndex language,
                         const std::vector<int>& advice, const std::vector<int>& contacts);

// The summary that fits kTakeAwayMaxQrVersion. Lines are tried in rank order (advice 1,
// contact 1, advice 2, contact 2, …) and each is kept if the code still fits, so a long
// line is skipped before a shorter one below it. Crisis lines are always kept.
TakeAway buildTakeAway(const Content& content, const Result& result, LanguageIndex language);

} // namespace core
