// `repere explain --answers Q.A,… [--lang CODE]`: every screen a person giving these
// answers would see, as plain text (core/kiosk/walk_through.h). For content authors and
// tests; records nothing.
#include <iostream>

#include "commands/command_line.h"
#include "core/kiosk/walk_through.h"

namespace commands {
namespace {

int explain(const core::Content& content, const std::string& answers, const std::string& lang) {
    const std::optional<core::LanguageIndex> language = lang.empty() ? content.defaultLanguage : content.languageIndex(lang);
    if (!language) { std::cerr << "repere explain: unknown language '" << lang << "'\n"; return 2; }
    const core::AnswerList parsed = core::parseAnswerList(content, answers);
    if (!parsed.error.empty()) { std::cerr << "repere explain: " << parsed.error << '\n'; return 2; }
    std::cout << core::walkThrough(content, parsed.answers, *language);
    return 0;
}

} // namespace

Subcommand addExplainCommand(CLI::App& app, CommandLine& line) {
    auto answers = std::make_shared<std::string>();
    auto* command = app.add_subcommand("explain", "Print each screen a person giving these answers would see, as plain text");
    command->add_option("--answers", *answers, "Answers as QUESTION.ANSWER, comma-separated (e.g. body.now,mood.most); "
                                               "questions not listed are skipped")
        ->required();
    command->add_option("--lang", line.lang, "Language, e.g. fr or en (default: the content's)");
    command->add_option("--content", line.contentDir, "Content directory (default: the installed questionnaires)");
    return {command, [&line, answers] {
                const core::ContentChoice choice = loadChosenContent(line);
                return choice.content ? explain(*choice.content, *answers, line.lang) : 1;
            }};
}

} // namespace commands
