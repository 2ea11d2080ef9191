// What the person takes with them: a short plain-text summary in their language (top
// advice headlines with their next step, contacts for their needs, the crisis lines
// when raised) and its QR code, plus small codes that dial a contact. Never their
// answers, levels or anything about them. Built once when the screen opens.
#pragma once
#include <string>
#include <vector>

#include "core/content.h"
#include "core/qr_code.h"
#include "core/result.h"

namespace core {

// Largest QR version allowed: a phone camera reads it off a screen from arm's length.
constexpr int kTakeAwayMaxQrVersion = 15;
constexpr int kTakeAwayMaxAdvice = 4;
constexpr int kTakeAwayMaxContacts = 4;

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

// The summary with at most `advice` headlines and `contacts` contact lines.
std::string takeAwayText(const Content& content, const Result& result, LanguageIndex language, int advice, int contacts);

// The summary that fits kTakeAwayMaxQrVersion: lower-priority lines are dropped first
// (last advice, then last contacts); crisis lines are never dropped.
TakeAway buildTakeAway(const Content& content, const Result& result, LanguageIndex language);

// "tel:0800231313", or "sms:114" for a text-only line.
std::string dialUri(const Service& service);

} // namespace core
