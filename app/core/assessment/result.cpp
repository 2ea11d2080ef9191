// Advice selection and ordering (crisis, then level, then priority) and service
// selection (card by card: named contacts, then needs; national before local; region
// and audience filter).
#include "core/assessment/result.h"

#include <algorithm>
#include <set>

#include "core/assessment/service_hours.h"

namespace core {
namespace {

bool levelWithin(const Content& c, const Advice& a, int level) {
    return level >= a.minLevel.value_or(0) && level <= a.maxLevel.value_or(static_cast<int>(c.levels.size()) - 1);
}

int urgencyLevel(const Result& r, const Advice& a) {
    return r.domains[static_cast<size_t>(a.domain)].level.value_or(-1);
}

// Card by card, most urgent card first: the contacts the card names itself (its right
// first number), then the services for its needs. The crisis need is met only by the
// lines crisis cards name, in their order, so a suicide card never pulls in the police.
std::vector<int> selectServices(const Content& c, const Result& r, const std::string& region) {
    std::vector<int> chosen;
    auto keep = [&](size_t s) {
        const Service& service = c.services[s];
        if (!service.national() && service.region != region) return;
        // e.g. a youth line for the young only
        if (std::find(r.notForThem.begin(), r.notForThem.end(), static_cast<int>(s)) != r.notForThem.end()) return;
        if (std::find(chosen.begin(), chosen.end(), static_cast<int>(s)) == chosen.end()) chosen.push_back(static_cast<int>(s));
    };
    // Card by card, most urgent card first: its own contacts, then the services for its
    // needs. At night a closed line never leads: open ones first, within each card and need.
    for (int a : r.advice) {
        const Advice& card = c.advice[static_cast<size_t>(a)];
        std::vector<int> contacts = card.contacts;
        openFirst(c, contacts, r.at);
        for (int s : contacts) keep(static_cast<size_t>(s));
        for (const Need& n : card.needs) {
            if (n.domain == Need::kCrisis) continue;  // met only by the lines crisis cards name
            std::vector<int> serving;
            for (size_t s = 0; s < c.services.size(); ++s) if (c.services[s].serves(n)) serving.push_back(static_cast<int>(s));
            openFirst(c, serving, r.at);
            for (int s : serving) keep(static_cast<size_t>(s));
        }
    }
    if (r.advice.empty()) {
        // Nothing answered: the general national lines still help (not the emergency
        // lines, nor the lines only cards name, such as a line for women).
        for (size_t s = 0; s < c.services.size(); ++s) {
            const Service& service = c.services[s];
            if (service.national() && !service.needs.empty() && !service.serves(Need{Need::kCrisis})) keep(s);
        }
    }
    std::stable_partition(chosen.begin(), chosen.end(), [&](int s) { return c.services[static_cast<size_t>(s)].national(); });
    return chosen;
}

bool adviceApplies(const Content& c, const Advice& a, const std::vector<DomainLevel>& levels, bool crisis,
                   const AnswerSheet& answers) {
    const auto& level = levels[static_cast<size_t>(a.domain)].level;
    if (a.crisis) return crisis && (!a.when || holds(*a.when, answers));
    if (a.when) {
        if (!holds(*a.when, answers)) return false;
        if (!a.minLevel && !a.maxLevel) return true;
        return level && levelWithin(c, a, *level);
    }
    return level && levelWithin(c, a, *level);
}

} // namespace

Result buildResult(const Content& c, const AnswerSheet& answers, const std::string& region, std::optional<LocalTime> at) {
    Result r;
    r.at = at;
    r.domains = scoreDomains(c, answers);
    r.crisis = crisisRaised(c, answers);
    for (size_t a = 0; a < c.advice.size(); ++a) {
        if (adviceApplies(c, c.advice[a], r.domains, r.crisis, answers)) r.advice.push_back(static_cast<int>(a));
    }
    std::stable_sort(r.advice.begin(), r.advice.end(), [&](int x, int y) {
        const Advice& a = c.advice[static_cast<size_t>(x)];
        const Advice& b = c.advice[static_cast<size_t>(y)];
        if (a.crisis != b.crisis) return a.crisis;
        if (urgencyLevel(r, a) != urgencyLevel(r, b)) return urgencyLevel(r, a) > urgencyLevel(r, b);
        return a.priority > b.priority;
    });
    for (size_t s = 0; s < c.services.size(); ++s) {
        if (c.services[s].when && !holds(*c.services[s].when, answers)) r.notForThem.push_back(static_cast<int>(s));
    }
    r.services = selectServices(c, r, region);
    return r;
}

void retime(const Content& c, Result& r, const std::string& region, std::optional<LocalTime> at) {
    r.at = at;
    r.services = selectServices(c, r, region);
}

std::vector<int> Result::adviceFor(const Content& c, int domain) const {
    std::vector<int> cards;
    for (int a : advice) if (c.advice[static_cast<size_t>(a)].domain == domain) cards.push_back(a);
    return cards;
}

std::vector<int> Result::crisisAdvice(const Content& c) const {
    std::vector<int> cards;
    for (int a : advice) if (c.advice[static_cast<size_t>(a)].crisis) cards.push_back(a);
    return cards;
}

std::vector<int> Result::crisisServices(const Content& c) const {
    std::vector<int> lines;
    auto add = [&](int s) { if (std::find(lines.begin(), lines.end(), s) == lines.end()) lines.push_back(s); };
    for (int a : crisisAdvice(c)) for (int s : c.advice[static_cast<size_t>(a)].contacts) add(s);
    if (lines.empty() && crisis) {
        for (int s : services) if (c.services[static_cast<size_t>(s)].serves(Need{Need::kCrisis})) add(s);
    }
    openFirst(c, lines, at);
    return lines;
}

bool listsSampleServices(const Content& c, const Result& r) {
    return std::any_of(r.services.begin(), r.services.end(), [&](int s) { return c.services[static_cast<size_t>(s)].sample; });
}

} // namespace core
