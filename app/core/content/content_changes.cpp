// The comparison of two contents (see content_changes.h). Items are matched by id; texts
// are compared language by language through the language ids, so a content that adds or
// drops a language still compares the languages both have.
#include "core/content/content_changes.h"

#include <map>
#include <set>

#include "core/model/diagnostic.h"

namespace core {
namespace {

using TextByLanguage = std::map<std::string, std::string>;

TextByLanguage byLanguage(const Content& c, const Text& t) {
    TextByLanguage out;
    for (size_t i = 0; i < c.languages.size() && i < t.byLanguage.size(); ++i) out[c.languages[i].id] = t.byLanguage[i];
    return out;
}

// Whether the text differs in a language both contents have, or exists in one only.
bool reworded(const Content& a, const Text& ta, const Content& b, const Text& tb) { return byLanguage(a, ta) != byLanguage(b, tb); }

std::string nameOf(const Content& c, const Service& s) {
    return s.name.byLanguage.empty() ? s.id : s.name.in(c.defaultLanguage);
}

std::string openingText(const Service& s) { return s.openingHours ? s.openingHours->text : ""; }

template <typename Item>
std::map<std::string, const Item*> byId(const std::vector<Item>& items) {
    std::map<std::string, const Item*> out;
    for (const auto& i : items) out[i.id] = &i;
    return out;
}

void compareServiceValues(const Content& before, const Service& a, const Content& after, const Service& b, ContentChanges& out) {
    auto add = [&](ServiceValue what, const std::string& language, const std::string& x, const std::string& y) {
        if (x != y) out.serviceValues.push_back({b.id, nameOf(after, b), what, language, x, y});
    };
    add(ServiceValue::Phone, "", a.phone, b.phone);
    add(ServiceValue::Sms, "", a.sms, b.sms);
    const TextByLanguage ha = byLanguage(before, a.hours), hb = byLanguage(after, b.hours);
    std::set<std::string> languages;
    for (const auto& [l, _] : ha) languages.insert(l);
    for (const auto& [l, _] : hb) languages.insert(l);
    for (const auto& l : languages) {
        const auto x = ha.find(l), y = hb.find(l);
        add(ServiceValue::Hours, l, x == ha.end() ? "" : x->second, y == hb.end() ? "" : y->second);
    }
    add(ServiceValue::OpeningHours, "", openingText(a), openingText(b));
}

bool serviceChanged(const Content& before, const Service& a, const Content& after, const Service& b) {
    return a.phone != b.phone || a.sms != b.sms || reworded(before, a.hours, after, b.hours) ||
           openingText(a) != openingText(b) || reworded(before, a.name, after, b.name) ||
           reworded(before, a.description, after, b.description) || reworded(before, a.address, after, b.address) ||
           a.region != b.region || a.emergency != b.emergency || a.sample != b.sample;
}

void compareServices(const Content& before, const Content& after, ContentChanges& out) {
    const auto old = byId(before.services), now = byId(after.services);
    std::set<std::string> regions;
    for (const auto& s : before.services) {
        if (now.count(s.id)) continue;
        out.servicesRemoved.push_back(s.id + " (" + nameOf(before, s) + ")");
        regions.insert(s.region);
    }
    for (const auto& s : after.services) {
        const auto found = old.find(s.id);
        if (found == old.end()) {
            out.servicesAdded.push_back(s.id + " (" + nameOf(after, s) + ")");
            regions.insert(s.region);
            continue;
        }
        const Service& a = *found->second;
        if (!serviceChanged(before, a, after, s)) continue;
        regions.insert(a.region);
        regions.insert(s.region);
        compareServiceValues(before, a, after, s, out);
        if (reworded(before, a.name, after, s.name) || reworded(before, a.description, after, s.description) ||
            reworded(before, a.address, after, s.address)) {
            out.servicesReworded.push_back(s.id);
        }
    }
    out.regionsAffected.assign(regions.begin(), regions.end());
}

bool questionReworded(const Content& before, const Question& a, const Content& after, const Question& b) {
    if (reworded(before, a.text, after, b.text) || reworded(before, a.help, after, b.help)) return true;
    if (a.answers.size() != b.answers.size()) return true;
    for (size_t i = 0; i < a.answers.size(); ++i) {
        if (a.answers[i].id != b.answers[i].id || reworded(before, a.answers[i].text, after, b.answers[i].text)) return true;
    }
    return false;
}

bool cardReworded(const Content& before, const Advice& a, const Content& after, const Advice& b) {
    return reworded(before, a.title, after, b.title) || reworded(before, a.body, after, b.body) ||
           reworded(before, a.step, after, b.step) || reworded(before, a.takeaway, after, b.takeaway);
}

template <typename Item, typename Reworded>
ItemChanges compareItems(const Content& before, const std::vector<Item>& a, const Content& after, const std::vector<Item>& b,
                         Reworded isReworded) {
    ItemChanges out;
    const auto old = byId(a), now = byId(b);
    for (const auto& i : a) if (!now.count(i.id)) out.removed.push_back(i.id);
    for (const auto& i : b) {
        const auto found = old.find(i.id);
        if (found == old.end()) out.added.push_back(i.id);
        else if (isReworded(before, *found->second, after, i)) out.reworded.push_back(i.id);
    }
    return out;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ", ") + escapeControls(i);
    return out;
}

// The interface strings of the running content, in the panel's language.
struct Words {
    const Content& c;
    LanguageIndex language;
    std::string operator()(const char* id) const { return c.ui(id, language); }
};

void describeItems(const Words& ui, const char* countsId, const ItemChanges& c, std::vector<ChangeLine>& lines) {
    if (c.empty()) return;
    lines.push_back({fillPlaceholders(ui(countsId), {{"added", std::to_string(c.added.size())},
                                                     {"removed", std::to_string(c.removed.size())},
                                                     {"reworded", std::to_string(c.reworded.size())}})});
    if (!c.added.empty()) lines.push_back({fillPlaceholders(ui("changes_ids_added"), {{"ids", joined(c.added)}})});
    if (!c.removed.empty()) lines.push_back({fillPlaceholders(ui("changes_ids_removed"), {{"ids", joined(c.removed)}})});
    if (!c.reworded.empty()) lines.push_back({fillPlaceholders(ui("changes_ids_reworded"), {{"ids", joined(c.reworded)}})});
}

const char* valueLineId(ServiceValue what) {
    switch (what) {
    case ServiceValue::Phone: return "changes_phone";
    case ServiceValue::Sms: return "changes_sms";
    case ServiceValue::Hours: return "changes_hours";
    case ServiceValue::OpeningHours: return "changes_opening_hours";
    }
    return "changes_phone";
}

ChangeLine valueLine(const Words& ui, const ServiceValueChange& v) {
    const std::string none = ui("changes_no_value");
    const std::string before = v.before.empty() ? none : escapeControls(v.before);
    const std::string after = v.after.empty() ? none : escapeControls(v.after);
    const std::string service = escapeControls(v.service) + " (" + escapeControls(v.name) + ")";
    return {fillPlaceholders(ui(valueLineId(v.what)),
                             {{"service", service}, {"language", escapeControls(v.language)}, {"before", before}, {"after", after}}),
            v.what == ServiceValue::Phone || v.what == ServiceValue::Sms};
}

} // namespace

bool ContentChanges::empty() const {
    return servicesAdded.empty() && servicesRemoved.empty() && serviceValues.empty() && servicesReworded.empty() &&
           questions.empty() && cards.empty();
}

ContentChanges compareContent(const Content& before, const Content& after) {
    ContentChanges out;
    compareServices(before, after, out);
    out.questions = compareItems(before, before.questions, after, after.questions, questionReworded);
    out.cards = compareItems(before, before.advice, after, after.advice, cardReworded);
    return out;
}

std::string fillPlaceholders(const std::string& pattern, const std::vector<std::pair<std::string, std::string>>& values) {
    std::string out;
    for (size_t at = 0; at < pattern.size();) {
        bool filled = false;
        if (pattern[at] == '{') {
            for (const auto& [name, value] : values) {
                if (pattern.compare(at + 1, name.size(), name) != 0 || pattern.compare(at + 1 + name.size(), 1, "}") != 0) continue;
                out += value;
                at += name.size() + 2;
                filled = true;
                break;
            }
        }
        if (!filled) out += pattern[at++];
    }
    return out;
}

std::vector<ChangeLine> describeChanges(const ContentChanges& c, const Content& strings, LanguageIndex language) {
    const Words ui{strings, language};
    if (c.empty()) return {{ui("changes_none")}};
    std::vector<ChangeLine> lines;
    for (const auto& s : c.servicesAdded) lines.push_back({fillPlaceholders(ui("changes_service_added"), {{"service", escapeControls(s)}})});
    for (const auto& s : c.servicesRemoved) lines.push_back({fillPlaceholders(ui("changes_service_removed"), {{"service", escapeControls(s)}}), true});
    for (const auto& v : c.serviceValues) lines.push_back(valueLine(ui, v));
    if (!c.servicesReworded.empty()) lines.push_back({fillPlaceholders(ui("changes_services_reworded"), {{"ids", joined(c.servicesReworded)}})});
    describeItems(ui, "changes_questions", c.questions, lines);
    describeItems(ui, "changes_cards", c.cards, lines);
    if (!c.regionsAffected.empty()) lines.push_back({fillPlaceholders(ui("changes_regions"), {{"regions", joined(c.regionsAffected)}})});
    return lines;
}

} // namespace core
