// services.toml writer and the merge rule for imported directories.
#include "core/directory/services_toml.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace core {
namespace {

void commentLines(std::ostringstream& out, const std::string& text) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out << (line.empty() ? "#" : "# " + line) << '\n';
}

std::string textTable(const Content& c, const Text& text) {
    std::string out = "{ ";
    for (size_t l = 0; l < c.languages.size(); ++l) {
        if (l) out += ", ";
        out += c.languages[l].id + " = " + tomlString(text.in(static_cast<LanguageIndex>(l)));
    }
    return out + " }";
}

std::string stringArray(const std::vector<std::string>& items) {
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + tomlString(items[i]);
    return out + "]";
}

std::string needId(const Content& c, const Need& n) {
    return n.domain == Need::kCrisis ? "crisis" : c.domains[static_cast<size_t>(n.domain)].id;
}

std::string answerList(const Content& c, const std::vector<AnswerRef>& refs) {
    std::vector<std::string> ids;
    for (const AnswerRef& a : refs) {
        const Question& q = c.questions[static_cast<size_t>(a.question)];
        ids.push_back(q.id + "." + q.answers[static_cast<size_t>(a.answer)].id);
    }
    return stringArray(ids);
}

// The audience condition (e.g. an age band), written back as answer references.
std::string conditionTable(const Content& c, const Condition& when) {
    std::string out = "{ ";
    if (!when.all.empty()) out += "all = " + answerList(c, when.all);
    if (!when.any.empty()) out += std::string(when.all.empty() ? "" : ", ") + "any = " + answerList(c, when.any);
    return out + " }";
}

} // namespace

std::string tomlString(const std::string& value) {
    std::string out = "\"";
    for (unsigned char ch : value) {
        switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (ch < 0x20 || ch == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", ch);
                out += buf;
            } else {
                out += static_cast<char>(ch);
            }
        }
    }
    return out + "\"";
}

std::vector<ServiceEntry> mergeImported(const Content& c, const std::string& region, const std::string& idPrefix,
                                        std::vector<ServiceEntry> imported, std::vector<std::string>& kept) {
    auto servedByImport = [&](const Need& n) {
        return std::any_of(imported.begin(), imported.end(), [&](const ServiceEntry& e) { return e.service.serves(n); });
    };
    std::vector<ServiceEntry> out;
    for (const Service& s : c.services) {
        const bool replaced = s.region == region && !s.national() && s.id.rfind(idPrefix, 0) == 0;
        if (replaced) continue;
        if (s.sample && s.region == region) {
            if (std::all_of(s.needs.begin(), s.needs.end(), servedByImport)) continue;
            kept.push_back(s.id);
        }
        if (std::any_of(imported.begin(), imported.end(), [&](const ServiceEntry& e) { return e.service.id == s.id; })) continue;
        out.push_back({s, ""});
    }
    for (auto& e : imported) out.push_back(std::move(e));
    return out;
}

std::string servicesToml(const Content& c, const std::vector<ServiceEntry>& entries, const std::string& header) {
    std::ostringstream out;
    commentLines(out, header);
    for (const ServiceEntry& e : entries) {
        const Service& s = e.service;
        out << '\n';
        commentLines(out, e.comment);
        out << "[[service]]\n";
        out << "id = " << tomlString(s.id) << '\n';
        out << "name = " << textTable(c, s.name) << '\n';
        if (!s.discreetName.empty()) out << "discreet_name = " << textTable(c, s.discreetName) << '\n';
        out << "description = " << textTable(c, s.description) << '\n';
        if (!s.phone.empty()) out << "phone = " << tomlString(s.phone) << '\n';
        if (!s.sms.empty()) out << "sms = " << tomlString(s.sms) << '\n';
        if (!s.address.empty()) out << "address = " << textTable(c, s.address) << '\n';
        out << "hours = " << textTable(c, s.hours) << '\n';
        if (s.openingHours) out << "opening_hours = " << tomlString(s.openingHours->text) << '\n';
        out << "languages = " << stringArray(s.languages) << '\n';
        std::vector<std::string> needs;
        for (const Need& n : s.needs) needs.push_back(needId(c, n));
        out << "needs = " << stringArray(needs) << '\n';
        out << "region = " << tomlString(s.region) << '\n';
        out << "verified = " << tomlString(s.verified) << '\n';
        out << "source = " << tomlString(s.source) << '\n';
        out << "sample = " << (s.sample ? "true" : "false") << '\n';
        if (!s.emergency.empty()) out << "emergency = " << tomlString(s.emergency) << '\n';
        if (s.when) out << "when = " << conditionTable(c, *s.when) << '\n';
    }
    return out.str();
}

} // namespace core
