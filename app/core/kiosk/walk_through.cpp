// The walk-through: parse the answers, tap them through apply(), print each screen.
#include "core/kiosk/walk_through.h"

#include <algorithm>
#include <sstream>

#include "core/assessment/contact_kind.h"
#include "core/assessment/emergency.h"
#include "core/model/question_kind.h"

namespace core {
namespace {

std::string trimmed(const std::string& s) {
    const size_t first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::string serviceLine(const Content& c, int s, LanguageIndex lang) {
    const Service& service = c.services[static_cast<size_t>(s)];
    return contactNumber(c, service, lang) + " — " + service.name.in(lang);
}

// The person's taps on one question: the given answers in content order, then on.
std::vector<int> givenFor(const std::vector<AnswerRef>& answers, int question) {
    std::vector<int> given;
    for (const AnswerRef& a : answers) if (a.question == question) given.push_back(a.answer);
    std::sort(given.begin(), given.end());
    given.erase(std::unique(given.begin(), given.end()), given.end());
    return given;
}

struct Walk {
    const Content& c;
    const std::vector<AnswerRef>& answers;
    Kiosk k;
    std::ostringstream out;
    std::vector<int> asked;

    LanguageIndex lang() const { return k.language(); }
    std::string ui(const char* id) const { return c.ui(id, lang()); }

    void question() {
        const int q = k.person.session.currentQuestion();
        const Question& question = c.questions[static_cast<size_t>(q)];
        asked.push_back(q);
        const Progress p = k.person.session.progress();
        out << "== question " << p.position << " (" << question.id << ")\n" << question.text.in(lang()) << "\n";
        if (!question.help.empty()) out << question.help.in(lang()) << "\n";
        std::vector<int> given = givenFor(answers, q);
        // A single-choice question takes one answer: of several listed, the last in its order.
        if (tapMovesOn(question) && given.size() > 1) given = {given.back()};
        for (size_t a = 0; a < question.answers.size(); ++a) {
            const bool chosen = std::find(given.begin(), given.end(), static_cast<int>(a)) != given.end();
            out << "  " << (chosen ? "[x] " : "[ ] ") << question.answers[a].id << ": " << question.answers[a].text.in(lang())
                << (question.answers[a].crisis ? "  (crisis)" : "") << "\n";
        }
        if (given.empty()) {
            out << "  [x] " << ui("prefer_not_to_say") << "\n";
            core::apply(k, action::Skip{});
            return;
        }
        for (size_t i = 0; i < given.size(); ++i) {
            core::apply(k, action::Answer{given[i]});
            if (k.screen != Screen::Emergency) continue;
            emergency();
            // More answers to tick on this question: back to it; else on with the questionnaire.
            const bool more = i + 1 < given.size() && k.person.session.currentQuestion() == q;
            out << "  -> " << ui(more ? "emergency_back" : "emergency_go_on") << "\n";
            core::apply(k, more ? Action{action::Back{}} : Action{action::Continue{}});
        }
        if (k.screen == Screen::Question && k.person.session.currentQuestion() == q) core::apply(k, action::Continue{});
    }

    void emergency() {
        const Advice& card = c.advice[static_cast<size_t>(k.person.emergency->card)];
        out << "== emergency (" << card.id << ")\n" << card.title.in(lang()) << "\n";
        for (int s : emergencyLines(card)) {
            const Service& line = c.services[static_cast<size_t>(s)];
            const std::string call = fillPlaceholder(ui("call_number"), "number", contactNumber(c, line, lang()));
            out << "  " << fillPlaceholder(call, "name", line.name.in(lang())) << "\n";
        }
        out << ui("emergency_next_minutes") << ":\n";
        for (const Text& line : card.nextMinutes) out << "  - " << line.in(lang()) << "\n";
        out << ui("team_at_stand") << "\n";
        if (!k.settings.standDescription.empty()) {
            out << fillPlaceholder(ui("stand_description"), "detail", k.settings.standDescription) << "\n";
        }
    }

    void results() {
        const Result& r = *k.person.result;
        out << "== results\n";
        if (r.crisis) {
            out << ui("crisis_title") << "\n";
            for (int s : r.crisisServices(c)) out << "  " << serviceLine(c, s, lang()) << "\n";
        }
        for (const DomainLevel& d : r.domains) {
            const std::string level = d.level ? c.levels[static_cast<size_t>(*d.level)].name.in(lang()) : ui("level_not_assessed");
            out << "  " << c.domains[static_cast<size_t>(d.domain)].name.in(lang()) << ": " << level << "\n";
        }
        out << "== advice\n";
        for (int a : r.advice) out << "  - " << c.advice[static_cast<size_t>(a)].title.in(lang()) << " (" << c.advice[static_cast<size_t>(a)].id << ")\n";
        core::apply(k, action::ShowServices{});
        out << "== services\n";
        for (int s : k.person.result->services) out << "  " << serviceLine(c, s, lang()) << "\n";
        core::apply(k, action::ShowTakeAway{});
        out << "== take-away\n";
        if (k.person.takeAway) out << k.person.takeAway->text << "\n";
    }
};

} // namespace

AnswerList parseAnswerList(const Content& c, const std::string& list) {
    AnswerList parsed;
    std::stringstream items(list);
    std::string item;
    while (std::getline(items, item, ',')) {
        item = trimmed(item);
        if (item.empty()) continue;
        const size_t dot = item.find('.');
        if (dot == std::string::npos) return {{}, "'" + item + "' is not QUESTION.ANSWER (e.g. body.now)"};
        const std::string q = item.substr(0, dot), a = item.substr(dot + 1);
        const std::optional<int> question = c.questionIndex(q);
        if (!question) return {{}, "unknown question '" + q + "' in '" + item + "'"};
        const auto& choices = c.questions[static_cast<size_t>(*question)].answers;
        const auto it = std::find_if(choices.begin(), choices.end(), [&](const Answer& x) { return x.id == a; });
        if (it == choices.end()) return {{}, "unknown answer '" + a + "' of question '" + q + "' in '" + item + "'"};
        parsed.answers.push_back({*question, static_cast<int>(it - choices.begin())});
    }
    return parsed;
}

std::string walkThrough(const Content& c, const std::vector<AnswerRef>& answers, LanguageIndex language, KioskSettings settings) {
    settings.demo = true;  // a walk-through records nothing
    Walk w{c, answers, Kiosk(c, settings), {}, {}};
    core::apply(w.k, action::SetLanguage{language});
    w.out << "== welcome\n" << w.ui("welcome_tagline") << "\n";
    core::apply(w.k, action::Start{});
    w.out << "== intro\n" << w.ui("intro_title") << "\n";
    core::apply(w.k, action::BeginQuestions{});
    // Each step asks one more question or leaves the questionnaire: bounded by the content.
    for (size_t guard = 0; w.k.screen == Screen::Question && guard <= c.questions.size() * 2; ++guard) w.question();
    if (w.k.screen == Screen::Results) w.results();
    std::vector<std::string> notAsked;
    for (const AnswerRef& a : answers) {
        if (std::find(w.asked.begin(), w.asked.end(), a.question) != w.asked.end()) continue;
        const Question& q = c.questions[static_cast<size_t>(a.question)];
        notAsked.push_back(q.id + "." + q.answers[static_cast<size_t>(a.answer)].id);
    }
    if (!notAsked.empty()) {
        w.out << "== not asked on this path\n";
        for (const std::string& id : notAsked) w.out << "  " << id << "\n";
    }
    return w.out.str();
}

} // namespace core
