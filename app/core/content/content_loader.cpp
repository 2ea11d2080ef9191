// Reads the six content files into the Content model. Structure, types, ids,
// translations and references are checked here; rules about the content as a whole
// (reachability, coverage, formats) are in content_validator.cpp.
#include "core/content/content_loader.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <unordered_map>

#include "core/assessment/path_length.h"
#include "core/content/content_validator.h"
#include "core/model/question_kind.h"
#include "core/stats/stats_metrics.h"
#include "core/content/toml_reader.h"
#include "core/model/ui_strings.h"

namespace core {
namespace {

struct ParsedFile {
    std::unique_ptr<TomlReader> reader;
    std::optional<toml::table> root;
};

// `allowance`: bytes the content may still hold in all (kMaxContentBytes at the start).
ParsedFile parseFile(const std::string& path, const FileBytes& file, size_t& allowance, std::vector<Diagnostic>& out) {
    ParsedFile parsed{std::make_unique<TomlReader>(path, out), std::nullopt};
    if (!file.bytes) {
        parsed.reader->error(SourcePlace{path, 0, 0}, file.problem.empty() ? "cannot open file (every content directory needs it)" : file.problem);
        return parsed;
    }
    if (file.bytes->size() > kMaxContentFileBytes) {
        parsed.reader->error(SourcePlace{path, 0, 0}, "file is larger than 4 MB");
        return parsed;
    }
    if (file.bytes->size() > allowance) {
        parsed.reader->error(SourcePlace{path, 0, 0}, "the content files together are larger than 8 MB");
        allowance = 0;
        return parsed;
    }
    allowance -= file.bytes->size();
    try {
        parsed.root = toml::parse(*file.bytes, path);
    } catch (const toml::parse_error& e) {
        const auto& begin = e.source().begin;
        parsed.reader->error(SourcePlace{path, static_cast<int>(begin.line), static_cast<int>(begin.column)},
                             "TOML syntax: " + std::string(e.description()));
    }
    return parsed;
}

// Stated bounds (docs/content-format.md, "Limits"): within them every rule runs fast;
// beyond them the rest is not read and loading fails with the reason.
constexpr size_t kMaxLanguages = 32, kMaxLevels = 10, kMaxDomains = 32, kMaxQuestions = 1000, kMaxAnswers = 30,
                 kMaxAdvice = 2000, kMaxServices = 5000, kMaxProfiles = 100, kMaxFriendSteps = 20, kMaxLines = 10;

template <typename Item>
std::vector<Item> within(TomlReader& r, std::vector<Item> items, size_t most, const toml::node& owner, const std::string& what) {
    if (items.size() > most) {
        r.error(owner, "more than " + std::to_string(most) + " " + what + " (the limit): the rest are not read");
        items.resize(most);
    }
    return items;
}

// Remembers the first place each id was seen, to report duplicates.
class IdRegistry {
public:
    IdRegistry(TomlReader& reader, std::string kind) : reader_(reader), kind_(std::move(kind)) {}
    bool add(const std::string& id, const SourcePlace& place) {
        auto [it, inserted] = first_.emplace(id, place);
        if (!inserted) {
            reader_.error(place, "duplicate " + kind_ + " id '" + id + "' (first at " + it->second.file + ":" +
                                     std::to_string(it->second.line) + ")");
        }
        return inserted;
    }
private:
    TomlReader& reader_;
    std::string kind_;
    std::map<std::string, SourcePlace> first_;
};

// Which files parsed: references into a file that could not be read are not reported
// again as unknown (its syntax error already is).
struct Parsed {
    bool meta = false;
    bool questions = false;
    bool services = false;
    // Ids to indices, filled once read: references are resolved in constant time.
    std::unordered_map<std::string, int> questionIds;
    std::unordered_map<std::string, int> serviceIds;
};

std::unordered_map<std::string, int> idIndex(const std::vector<std::string>& ids) {
    std::unordered_map<std::string, int> index;
    for (size_t i = 0; i < ids.size(); ++i) index.emplace(ids[i], static_cast<int>(i));
    return index;
}

template <typename Items>
std::vector<std::string> idsOf(const Items& items) {
    std::vector<std::string> ids;
    for (const auto& item : items) ids.push_back(item.id);
    return ids;
}

std::optional<int> findLevel(const Content& c, const std::string& id) {
    for (size_t i = 0; i < c.levels.size(); ++i) if (c.levels[i].id == id) return static_cast<int>(i);
    return std::nullopt;
}

std::optional<int> resolveLevel(TomlReader& r, const Content& c, const toml::table& t, std::string_view key,
                                std::string_view what) {
    auto s = r.string(t, key, false, what);
    if (!s) return std::nullopt;
    auto level = findLevel(c, s->value);
    if (!level) r.error(s->place, "unknown level '" + s->value + "' in " + std::string(what));
    return level;
}

// ---- meta.toml -------------------------------------------------------------------

void readLanguages(TomlReader& r, Content& c, const toml::table& root) {
    const toml::table* meta = root["content"].as_table();
    if (!meta) { r.error(r.placeOf(root), "missing required [content] table"); return; }
    r.checkKeys(*meta, {"languages", "default_language", "region"}, "[content]");
    auto declared = within(r, r.strings(*meta, "languages", true, "[content]"), kMaxLanguages, *meta, "languages");
    std::map<std::string, const toml::table*> entries;
    IdRegistry ids(r, "language");
    for (const toml::table* t : within(r, r.tables(root, "language", true), kMaxLanguages, root, "[[language]] entries")) {
        r.checkKeys(*t, {"id", "name", "takeaway_forbidden", "takeaway_revealing"}, "[[language]]");
        auto id = r.id(*t, "[[language]]");
        auto name = r.string(*t, "name", true, "[[language]]");
        if (id && ids.add(*id, r.placeOf(*t))) entries[*id] = t;
        if (id && name) {
            Language language{*id, name->value, {}, {}};
            for (auto& word : r.strings(*t, "takeaway_forbidden", true, "[[language]] '" + *id + "'")) {
                language.takeawayForbidden.push_back(word.value);
            }
            for (auto& word : r.strings(*t, "takeaway_revealing", false, "[[language]] '" + *id + "'")) {
                language.takeawayRevealing.push_back(word.value);
            }
            c.languages.push_back(std::move(language));
        }
    }
    // Keep only declared languages, in declared order.
    std::vector<Language> ordered;
    std::set<std::string> seen;
    for (const auto& d : declared) {
        if (!seen.insert(d.value).second) { r.error(d.place, "language '" + d.value + "' is declared twice"); continue; }
        auto it = std::find_if(c.languages.begin(), c.languages.end(), [&](const Language& l) { return l.id == d.value; });
        if (it == c.languages.end()) r.error(d.place, "language '" + d.value + "' has no [[language]] entry");
        else ordered.push_back(*it);
    }
    for (const auto& l : c.languages) {
        if (!seen.count(l.id)) r.error(r.placeOf(*entries[l.id]), "[[language]] '" + l.id + "' is not in [content] languages");
    }
    if (declared.empty() && meta->get("languages")) r.error(r.placeOf(*meta), "[content] languages is empty");
    c.languages = ordered;
    if (auto def = r.string(*meta, "default_language", true, "[content]")) {
        auto index = c.languageIndex(def->value);
        if (!index) r.error(def->place, "default_language '" + def->value + "' is not a declared language");
        else c.defaultLanguage = *index;
    }
    if (auto region = r.string(*meta, "region", true, "[content]")) c.defaultRegion = region->value;
}

// [[level]] and [[region]] entries: an id (not `reserved`) and a name in every language.
template <typename Named>
void readNamed(TomlReader& r, const toml::table& root, const std::string& key, bool required, size_t most,
               std::vector<Named>& into, const char* reserved = nullptr) {
    IdRegistry ids(r, key);
    const std::string what = "[[" + key + "]]";
    for (const toml::table* t : within(r, r.tables(root, key, required), most, root, key + "s")) {
        r.checkKeys(*t, {"id", "name"}, what);
        auto id = r.id(*t, what);
        Text name = r.text(*t, "name", true, what);
        if (id && reserved && *id == reserved) {
            r.error(*t->get("id"), "id '" + *id + "' in " + what + " is reserved: the statistics count a domain nobody "
                                   "was asked about under it; choose another id");
        } else if (id && ids.add(*id, r.placeOf(*t))) into.push_back({*id, name});
    }
}

void readLevels(TomlReader& r, Content& c, const toml::table& root) {
    readNamed(r, root, "level", true, kMaxLevels, c.levels, kNotAssessedLevel);
}
void readRegions(TomlReader& r, Content& c, const toml::table& root) { readNamed(r, root, "region", false, kMaxServices, c.regions); }

void readLevelRanges(TomlReader& r, const Content& c, const toml::table& t, Domain& d) {
    const toml::node* node = t.get("levels");
    if (!node) { r.error(r.placeOf(t), "missing required field 'levels' in domain '" + d.id + "'"); return; }
    const toml::array* array = node->as_array();
    if (!array) { r.error(*node, "'levels' in domain '" + d.id + "' must be a list of { level, min, max }"); return; }
    for (const auto& element : *array) {
        const toml::table* range = element.as_table();
        if (!range) { r.error(element, "each item of 'levels' must be a table { level, min, max }"); continue; }
        const std::string what = "a level range of domain '" + d.id + "'";
        r.checkKeys(*range, {"level", "min", "max"}, what);
        auto levelName = r.string(*range, "level", true, what);
        auto min = r.integer(*range, "min", true, what);
        auto max = r.integer(*range, "max", false, what);
        if (!levelName || !min) continue;
        auto level = findLevel(c, levelName->value);
        if (!level) { r.error(levelName->place, "unknown level '" + levelName->value + "' in " + what); continue; }
        LevelRange lr{*level, static_cast<int>(*min), std::nullopt, r.placeOf(*range)};
        if (max) lr.max = static_cast<int>(*max);
        d.levels.push_back(lr);
    }
}

void readDomains(TomlReader& r, Content& c, const toml::table& root) {
    IdRegistry ids(r, "domain");
    for (const toml::table* t : within(r, r.tables(root, "domain", true), kMaxDomains, root, "domains")) {
        r.checkKeys(*t, {"id", "name", "summary", "levels"}, "[[domain]]");
        auto id = r.id(*t, "[[domain]]");
        if (id && *id == "crisis") r.error(r.placeOf(*t), "'crisis' is reserved for the crisis need and cannot be a domain id");
        Domain d;
        d.id = id.value_or("");
        d.place = r.placeOf(*t);
        d.name = r.text(*t, "name", true, "domain");
        d.summary = r.text(*t, "summary", true, "domain");
        readLevelRanges(r, c, *t, d);
        if (id && ids.add(*id, d.place)) c.domains.push_back(std::move(d));
    }
}

void readMeta(ParsedFile& f, Content& c) {
    if (!f.root) return;
    TomlReader& r = *f.reader;
    r.checkKeys(*f.root, {"content", "language", "level", "domain", "region"}, "meta.toml");
    readLanguages(r, c, *f.root);
    r.setLanguages(&c.languages);
    readLevels(r, c, *f.root);
    readRegions(r, c, *f.root);
    readDomains(r, c, *f.root);
}

// ---- references ---------------------------------------------------------------------

std::optional<AnswerRef> resolveAnswer(TomlReader& r, const Content& c, const Parsed& parsed, const PlacedString& ref) {
    if (!parsed.questions) return std::nullopt;
    const size_t dot = ref.value.find('.');
    if (dot == std::string::npos) {
        r.error(ref.place, "answer reference '" + ref.value + "' must be written 'question.answer'");
        return std::nullopt;
    }
    const std::string qid = ref.value.substr(0, dot), aid = ref.value.substr(dot + 1);
    const auto found = parsed.questionIds.find(qid);
    if (found == parsed.questionIds.end()) { r.error(ref.place, "reference to unknown question '" + qid + "'"); return std::nullopt; }
    const std::optional<int> q = found->second;
    const auto& answers = c.questions[static_cast<size_t>(*q)].answers;
    for (size_t a = 0; a < answers.size(); ++a) {
        if (answers[a].id == aid) return AnswerRef{*q, static_cast<int>(a)};
    }
    r.error(ref.place, "reference to unknown answer '" + aid + "' of question '" + qid + "'");
    return std::nullopt;
}

// `before`: only questions with a smaller index may be referred to (branching order).
std::optional<Condition> readCondition(TomlReader& r, const Content& c, const Parsed& parsed, const toml::table& owner,
                                       std::string_view key, std::string_view what, std::optional<int> before) {
    const toml::node* node = owner.get(key);
    if (!node) return std::nullopt;
    const toml::table* t = node->as_table();
    if (!t) { r.error(*node, "'" + std::string(key) + "' of " + std::string(what) + " must be a table { all = [...], any = [...] }"); return std::nullopt; }
    r.checkKeys(*t, {"all", "any"}, "'" + std::string(key) + "' of " + std::string(what));
    Condition condition;
    auto resolveList = [&](std::string_view listKey, std::vector<AnswerRef>& into) {
        for (const auto& ref : r.strings(*t, listKey, false, std::string(key) + " of " + std::string(what))) {
            auto answer = resolveAnswer(r, c, parsed, ref);
            if (!answer) continue;
            if (before && answer->question == *before) {
                r.error(ref.place, std::string(what) + " refers to itself in '" + std::string(key) + "': a branching cycle");
                continue;
            }
            if (before && answer->question > *before) {
                r.error(ref.place, std::string(what) + " refers to later question '" +
                                       c.questions[static_cast<size_t>(answer->question)].id +
                                       "': branching may only depend on earlier questions");
                continue;
            }
            into.push_back(*answer);
        }
    };
    resolveList("all", condition.all);
    resolveList("any", condition.any);
    if (!t->get("all") && !t->get("any")) r.error(*node, "'" + std::string(key) + "' of " + std::string(what) + " needs 'all' or 'any'");
    return condition;
}

std::vector<Need> readNeeds(TomlReader& r, const Content& c, const Parsed& parsed, const toml::table& t,
                            std::string_view what, bool required) {
    std::vector<Need> needs;
    for (const auto& need : r.strings(t, "needs", required, what)) {
        if (need.value == "crisis") { needs.push_back({Need::kCrisis}); continue; }
        if (!parsed.meta) continue;
        auto domain = c.domainIndex(need.value);
        if (!domain) r.error(need.place, "unknown need '" + need.value + "' (a domain id or 'crisis')");
        else needs.push_back({*domain});
    }
    return needs;
}

// ---- questions.toml -----------------------------------------------------------------

void readAnswers(TomlReader& r, const toml::table& t, Question& q) {
    IdRegistry ids(r, "answer");
    const std::string what = "an answer of question '" + q.id + "'";
    for (const toml::table* a : within(r, r.tables(t, "answer", true), kMaxAnswers, t, "answers in question '" + q.id + "'")) {
        r.checkKeys(*a, {"id", "text", "score", "crisis", "alone"}, what);
        auto id = r.id(*a, what);
        Answer answer;
        answer.id = id.value_or("");
        answer.text = r.text(*a, "text", true, what);
        if (auto score = r.integer(*a, "score", false, what)) {
            if (*score < 0) r.error(r.placeOf(*a->get("score")), "score in " + what + " must be 0 or more");
            else answer.score = static_cast<int>(*score);
        }
        answer.crisis = r.boolean(*a, "crisis", what).value_or(false);
        answer.alone = r.boolean(*a, "alone", what).value_or(false);
        if (answer.alone && !allowsSeveral(q)) {
            r.error(r.placeOf(*a->get("alone")), "'alone' in " + what + ": only a multiple-choice answer can stand alone (add kind = \"multiple\")");
        }
        if (id && ids.add(*id, r.placeOf(*a))) q.answers.push_back(std::move(answer));
    }
}

// `kind` is optional: a question without one is single choice.
void readKind(TomlReader& r, const toml::table& t, Question& q) {
    static_assert(kMaxAnswers <= Response::kMaxAnswers, "a response holds every answer a question may have");
    const auto kind = r.string(t, "kind", false, "question '" + q.id + "'");
    if (!kind) return;
    if (auto known = kindNamed(kind->value)) q.kind = *known;
    else r.error(kind->place, "unknown kind '" + kind->value + "' in question '" + q.id + "': write \"single\" or \"multiple\"");
}

void readQuestions(ParsedFile& f, Content& c, Parsed& parsed) {
    if (!f.root) return;
    TomlReader& r = *f.reader;
    r.setLanguages(&c.languages);
    r.checkKeys(*f.root, {"question"}, "questions.toml");
    IdRegistry ids(r, "question");
    std::vector<const toml::table*> sourceOf;
    for (const toml::table* t : within(r, r.tables(*f.root, "question", true), kMaxQuestions, *f.root, "questions")) {
        r.checkKeys(*t, {"id", "kind", "domain", "text", "help", "show_if", "answer", "crisis_not_first"}, "[[question]]");
        Question q;
        auto id = r.id(*t, "[[question]]");
        q.id = id.value_or("");
        q.place = r.placeOf(*t);
        if (auto domain = r.string(*t, "domain", false, "question '" + q.id + "'")) {
            q.domain = c.domainIndex(domain->value);
            if (!q.domain && parsed.meta) r.error(domain->place, "unknown domain '" + domain->value + "' in question '" + q.id + "'");
        }
        readKind(r, *t, q);
        q.text = r.text(*t, "text", true, "question '" + q.id + "'");
        if (t->get("help")) q.help = r.text(*t, "help", false, "question '" + q.id + "'");
        if (auto why = r.string(*t, "crisis_not_first", false, "question '" + q.id + "'")) {
            if (why->value.find_first_not_of(" \t") == std::string::npos) r.error(why->place, "'crisis_not_first' in question '" + q.id + "' must say why");
            else q.crisisNotFirst = why->value;
        }
        readAnswers(r, *t, q);
        if (id && ids.add(*id, q.place)) { c.questions.push_back(std::move(q)); sourceOf.push_back(t); }
    }
    // Conditions refer to questions by id, so they are resolved once all are known.
    parsed.questionIds = idIndex(idsOf(c.questions));
    for (size_t i = 0; i < c.questions.size(); ++i) {
        auto condition = readCondition(r, c, parsed, *sourceOf[i], "show_if", "question '" + c.questions[i].id + "'",
                                       static_cast<int>(i));
        if (condition) c.questions[i].showIf = *condition;
    }
}

// ---- advice.toml --------------------------------------------------------------------

// An array of short lines, each a table of translations: `key = [{ fr = "…", en = "…" }, …]`.
// How many a field needs is a rule of the validator.
std::vector<Text> readLines(TomlReader& r, const toml::table& t, std::string_view key, bool required, const std::string& what) {
    std::vector<Text> lines;
    const toml::node* node = t.get(key);
    if (!node) {
        if (required) r.error(r.placeOf(t), "missing required field '" + std::string(key) + "' in " + what);
        return lines;
    }
    const toml::array* array = node->as_array();
    if (!array) {
        r.error(*node, "'" + std::string(key) + "' in " + what + " must be a list of lines, e.g. [{ fr = \"…\", en = \"…\" }]");
        return lines;
    }
    if (array->size() > kMaxLines) r.error(*node, "more than " + std::to_string(kMaxLines) + " lines in '" + std::string(key) + "' of " + what);
    for (size_t i = 0; i < array->size() && i < kMaxLines; ++i) {
        Text line = r.text(*array->get(i), what + " '" + std::string(key) + "' line " + std::to_string(i + 1));
        if (!line.empty()) lines.push_back(std::move(line));
    }
    return lines;
}

// [[friend_step]]: the "a friend is not well" guide, in the order shown.
void readFriendSteps(TomlReader& r, Content& c, const Parsed& parsed, const toml::table& root) {
    IdRegistry ids(r, "friend_step");
    for (const toml::table* t : within(r, r.tables(root, "friend_step", false), kMaxFriendSteps, root, "friend steps")) {
        r.checkKeys(*t, {"id", "title", "lines", "call", "sources"}, "[[friend_step]]");
        FriendStep step;
        auto id = r.id(*t, "[[friend_step]]");
        step.id = id.value_or("");
        step.place = r.placeOf(*t);
        const std::string what = "friend step '" + step.id + "'";
        step.title = r.text(*t, "title", true, what);
        step.lines = readLines(r, *t, "lines", true, what);
        if (auto call = r.string(*t, "call", true, what)) {
            const auto it = parsed.serviceIds.find(call->value);
            if (it != parsed.serviceIds.end()) step.call = it->second;
            else if (parsed.services) r.error(call->place, "unknown service '" + call->value + "' in " + what);
        }
        for (auto& s : r.strings(*t, "sources", true, what)) step.sources.push_back(s.value);
        if (t->get("sources") && step.sources.empty()) r.error(r.placeOf(*t->get("sources")), what + " needs at least one source");
        if (id && ids.add(*id, step.place)) c.friendSteps.push_back(std::move(step));
    }
}

void readAdvice(ParsedFile& f, Content& c, const Parsed& parsed) {
    if (!f.root) return;
    TomlReader& r = *f.reader;
    r.setLanguages(&c.languages);
    r.checkKeys(*f.root, {"advice", "friend_step"}, "advice.toml");
    readFriendSteps(r, c, parsed, *f.root);
    IdRegistry ids(r, "advice");
    for (const toml::table* t : within(r, r.tables(*f.root, "advice", true), kMaxAdvice, *f.root, "advice cards")) {
        r.checkKeys(*t, {"id", "domain", "min_level", "max_level", "when", "crisis", "priority", "needs", "contacts",
                         "sources", "title", "body", "step", "takeaway", "emergency", "next_minutes"}, "[[advice]]");
        Advice a;
        auto id = r.id(*t, "[[advice]]");
        a.id = id.value_or("");
        a.place = r.placeOf(*t);
        const std::string what = "advice '" + a.id + "'";
        if (auto domain = r.string(*t, "domain", true, what)) {
            auto index = c.domainIndex(domain->value);
            if (!index && parsed.meta) r.error(domain->place, "unknown domain '" + domain->value + "' in " + what);
            a.domain = index.value_or(-1);
        }
        a.minLevel = resolveLevel(r, c, *t, "min_level", what);
        a.maxLevel = resolveLevel(r, c, *t, "max_level", what);
        a.when = readCondition(r, c, parsed, *t, "when", what, std::nullopt);
        a.crisis = r.boolean(*t, "crisis", what).value_or(false);
        a.priority = static_cast<int>(r.integer(*t, "priority", false, what).value_or(0));
        a.needs = readNeeds(r, c, parsed, *t, what, true);
        for (const auto& contact : r.strings(*t, "contacts", false, what)) {
            const auto it = parsed.serviceIds.find(contact.value);
            if (it != parsed.serviceIds.end()) a.contacts.push_back(it->second);
            else if (parsed.services) r.error(contact.place, "unknown service '" + contact.value + "' in " + what);
        }
        for (auto& s : r.strings(*t, "sources", true, what)) a.sources.push_back(s.value);
        if (t->get("sources") && a.sources.empty()) r.error(r.placeOf(*t->get("sources")), what + " needs at least one source");
        a.title = r.text(*t, "title", true, what);
        a.body = r.text(*t, "body", true, what);
        a.step = r.text(*t, "step", true, what);
        a.takeaway = r.text(*t, "takeaway", true, what);
        if (auto emergency = r.string(*t, "emergency", false, what)) a.emergency = emergency->value;
        a.nextMinutes = readLines(r, *t, "next_minutes", false, what);
        if (id && ids.add(*id, a.place) && a.domain >= 0) c.advice.push_back(std::move(a));
    }
}

// ---- services.toml ------------------------------------------------------------------

// `opening_hours`: a malformed value is reported at the column of the problem inside it.
std::optional<OpeningHours> readOpeningHours(TomlReader& r, const toml::table& t, const std::string& what) {
    auto text = r.string(t, "opening_hours", false, what);
    if (!text) return std::nullopt;
    auto parsed = parseOpeningHours(text->value);
    if (parsed.error) {
        SourcePlace place = text->place;
        place.column += 1 + static_cast<int>(parsed.error->offset);  // past the opening quote
        r.error(place, "malformed opening_hours in " + what + ": " + parsed.error->message);
    }
    return parsed.hours;
}

void readServices(ParsedFile& f, Content& c, const Parsed& parsed) {
    if (!f.root) return;
    TomlReader& r = *f.reader;
    r.setLanguages(&c.languages);
    r.checkKeys(*f.root, {"service"}, "services.toml");
    IdRegistry ids(r, "service");
    for (const toml::table* t : within(r, r.tables(*f.root, "service", true), kMaxServices, *f.root, "services")) {
        r.checkKeys(*t, {"id", "name", "discreet_name", "description", "phone", "sms", "address", "hours", "opening_hours", "languages",
                         "needs", "region", "verified", "source", "sample", "emergency", "when"}, "[[service]]");
        Service s;
        auto id = r.id(*t, "[[service]]");
        s.id = id.value_or("");
        s.place = r.placeOf(*t);
        const std::string what = "service '" + s.id + "'";
        s.name = r.text(*t, "name", true, what);
        if (t->get("discreet_name")) s.discreetName = r.text(*t, "discreet_name", false, what);
        s.description = r.text(*t, "description", true, what);
        // A text-only line (114) has an sms number and no voice number.
        if (auto phone = r.string(*t, "phone", !t->get("sms"), what)) s.phone = phone->value;
        if (auto sms = r.string(*t, "sms", false, what)) s.sms = sms->value;
        if (t->get("address")) s.address = r.text(*t, "address", false, what);
        s.hours = r.text(*t, "hours", true, what);
        s.openingHours = readOpeningHours(r, *t, what);
        for (auto& l : r.strings(*t, "languages", true, what)) s.languages.push_back(l.value);
        s.needs = readNeeds(r, c, parsed, *t, what, true);
        if (auto region = r.string(*t, "region", true, what)) s.region = region->value;
        if (auto verified = r.string(*t, "verified", true, what)) s.verified = verified->value;
        if (auto source = r.string(*t, "source", true, what)) s.source = source->value;
        s.sample = r.boolean(*t, "sample", what).value_or(false);
        if (auto emergency = r.string(*t, "emergency", false, what)) s.emergency = emergency->value;
        s.when = readCondition(r, c, parsed, *t, "when", what, std::nullopt);
        if (id && ids.add(*id, s.place)) c.services.push_back(std::move(s));
    }
}

// ---- strings.toml -------------------------------------------------------------------

void readStrings(ParsedFile& f, Content& c) {
    if (!f.root) return;
    TomlReader& r = *f.reader;
    r.setLanguages(&c.languages);
    r.checkKeys(*f.root, {"ui"}, "strings.toml");
    const toml::table* ui = (*f.root)["ui"].as_table();
    if (!ui) { r.error(r.placeOf(*f.root), "missing required [ui] table"); return; }
    for (const auto& [key, node] : *ui) {
        const std::string id(key.str());
        const auto& specs = uiStringSpecs();
        const bool known = std::any_of(specs.begin(), specs.end(), [&](const UiStringSpec& s) { return id == s.id; });
        if (!known) { r.error(node, "unknown interface string '" + id + "' (see app/core/ui_strings.cpp)"); continue; }
        Text text = r.text(node, "interface string '" + id + "'");
        if (!text.empty()) c.uiStrings[id] = text;
    }
    for (const auto& spec : uiStringSpecs()) {
        if (!ui->get(spec.id)) r.error(r.placeOf(*ui), std::string("missing interface string '") + spec.id + "' (" + spec.purpose + ")");
    }
}

// ---- profiles.toml ------------------------------------------------------------------

void readProfiles(ParsedFile& f, Content& c, const Parsed& parsed) {
    if (!f.root) return;
    TomlReader& r = *f.reader;
    r.setLanguages(&c.languages);
    r.checkKeys(*f.root, {"profile"}, "profiles.toml");
    IdRegistry ids(r, "profile");
    for (const toml::table* t : within(r, r.tables(*f.root, "profile", true), kMaxProfiles, *f.root, "profiles")) {
        r.checkKeys(*t, {"id", "name", "answers"}, "[[profile]]");
        Profile p;
        auto id = r.id(*t, "[[profile]]");
        p.id = id.value_or("");
        p.place = r.placeOf(*t);
        p.name = r.text(*t, "name", true, "profile '" + p.id + "'");
        std::map<int, Response> answered;
        for (const auto& ref : r.strings(*t, "answers", true, "profile '" + p.id + "'")) {
            auto answer = resolveAnswer(r, c, parsed, ref);
            if (!answer) continue;
            const Question& q = c.questions[static_cast<size_t>(answer->question)];
            Response& given = answered[answer->question];
            if (!canAdd(q, given, answer->answer)) {
                r.error(ref.place, "profile '" + p.id + "' gives question '" + q.id + "' answers that cannot go together (" +
                                       kindName(q.kind) + " choice)");
                continue;
            }
            given = given.with(answer->answer);
            p.answers.push_back(*answer);
        }
        if (id && ids.add(*id, p.place)) c.profiles.push_back(std::move(p));
    }
}

} // namespace

const std::vector<std::string>& contentFiles() {
    static const std::vector<std::string> files = {"meta.toml", "questions.toml", "advice.toml",
                                                   "services.toml", "strings.toml", "profiles.toml"};
    return files;
}

Content readContent(const std::string& directory, const FileSource& source, std::vector<Diagnostic>& diagnostics, bool* whole) {
    Content c;
    c.directory = directory;
    std::map<std::string, ParsedFile> files;
    size_t allowance = kMaxContentBytes;
    for (const auto& name : contentFiles()) {
        const std::string path = directory + "/" + name;
        files.emplace(name, parseFile(path, source(path), allowance, diagnostics));
    }
    // A file that could not be read or parsed hides everything it holds: reading the others
    // would report every reference into it as a further error. Its own error is the one to fix.
    const bool all = std::all_of(files.begin(), files.end(), [](const auto& f) { return f.second.root.has_value(); });
    if (whole) *whole = all;
    if (!all) return c;
    Parsed parsed;
    parsed.meta = files.at("meta.toml").root.has_value();
    parsed.questions = files.at("questions.toml").root.has_value();
    parsed.services = files.at("services.toml").root.has_value();
    readMeta(files.at("meta.toml"), c);
    readQuestions(files.at("questions.toml"), c, parsed);
    readServices(files.at("services.toml"), c, parsed);  // before advice, which names services
    parsed.serviceIds = idIndex(idsOf(c.services));
    readAdvice(files.at("advice.toml"), c, parsed);
    readStrings(files.at("strings.toml"), c);
    readProfiles(files.at("profiles.toml"), c, parsed);
    return c;
}

LoadResult loadContent(const std::string& directory, const FileSource& source) {
    LoadResult result;
    try {
        bool whole = false;
        Content content = readContent(directory, source, result.diagnostics, &whole);
        if (whole) validateContent(content, result.diagnostics);
        if (!hasErrors(result.diagnostics)) {
            content.longestPath = longestPath(content).questions;
            result.content = std::move(content);
        }
    } catch (const std::exception& e) {
        // Defensive: a loader bug must never take the kiosk down with it.
        result.diagnostics.push_back({{directory, 0, 0}, Severity::Error, std::string("content could not be read: ") + e.what()});
        result.content.reset();
    }
    return result;
}


} // namespace core
