// Phone or SMS, and how each is written.
#include "core/assessment/contact_kind.h"

namespace core {
namespace {

std::string digitsOf(const std::string& number) {
    std::string d;
    for (char c : number) if (c != ' ') d += c;
    return d;
}

std::string smsLine(const Content& c, const Service& s, LanguageIndex lang) { return c.ui("sms", lang) + " " + s.sms; }

} // namespace

ContactKind contactKind(const Service& s) { return s.phone.empty() ? ContactKind::Sms : ContactKind::Phone; }

std::string contactNumber(const Content& c, const Service& s, LanguageIndex lang) {
    return contactKind(s) == ContactKind::Sms ? smsLine(c, s, lang) : s.phone;
}

std::string dialLabel(const Content& c, const Service& s, LanguageIndex lang) {
    return contactKind(s) == ContactKind::Sms ? smsLine(c, s, lang) : c.ui("call", lang) + " " + s.phone;
}

std::string dialUri(const Service& s) {
    return contactKind(s) == ContactKind::Sms ? "sms:" + digitsOf(s.sms) : "tel:" + digitsOf(s.phone);
}

std::string alsoBySms(const Content& c, const Service& s, LanguageIndex lang) {
    return contactKind(s) == ContactKind::Phone && !s.sms.empty() ? smsLine(c, s, lang) : "";
}

} // namespace core
