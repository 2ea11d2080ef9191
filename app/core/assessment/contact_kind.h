// How a service is reached — by a call, or by a text message when it has no phone
// number (a text-only line such as 114) — and every way that number is written: beside
// its name, under a dial code, inside that code. Decided here once for every screen and
// for the take-away.
#pragma once
#include <string>

#include "core/model/content.h"

namespace core {

enum class ContactKind { Phone, Sms };

// Phone when the service has a phone number, else SMS (the loader requires one of the two).
ContactKind contactKind(const Service& service);

// The number as shown beside the service's name: "0 800 23 13 13", or "SMS 114".
std::string contactNumber(const Content& content, const Service& service, LanguageIndex language);

// The words under a code that dials it: "Call 0 800 23 13 13", or "SMS 114".
std::string dialLabel(const Content& content, const Service& service, LanguageIndex language);

// What that code holds: "tel:0800231313", or "sms:114".
std::string dialUri(const Service& service);

// A line reached by phone that also takes texts: "SMS 114", shown under the phone
// number on its card; empty when there is no second way.
std::string alsoBySms(const Content& content, const Service& service, LanguageIndex language);

} // namespace core
