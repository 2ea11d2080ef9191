// Interface string ids: every id the code asks for is in the list (app/core/ui_strings.cpp),
// which the shipped strings hold in every language, and the list holds no id the code
// never asks for. ImHex checks its language keys the same way, by reading its sources.
//
// Why read the sources: the code names ids as string literals, often away from the
// lookup (a table of tabs, a message id a reducer stores, a content-choice status, a
// report kind), so no call-site pattern finds them all. Two rules do:
//  - a literal passed straight to a lookup, `ui("…"` or `uiText(k, "…"`, is a listed id;
//  - a snake_case literal anywhere in app/ (the shape of every multi-word id) is a listed
//    id, except in the files that spell file formats (kFormatFiles).
// And every listed id is used: a snake_case one appears as a literal somewhere in app/,
// a one-word one is looked up directly.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "core/model/ui_strings.h"
#include "support/content_fixture.h"

namespace fs = std::filesystem;

namespace {

// Files whose snake_case literals are keys of a file format, not interface strings: HSDS
// columns, TOML keys of the content, rows of the settings table.
const std::set<std::string> kFormatFiles = {"hsds_import.cpp", "hsds_export.cpp", "content_loader.cpp", "kiosk.h"};

// The source with comments and character literals blanked, string literals kept.
std::string withoutComments(const std::string& src) {
    std::string out;
    for (size_t i = 0; i < src.size(); ++i) {
        if (src.compare(i, 2, "//") == 0) { while (i < src.size() && src[i] != '\n') ++i; out += '\n'; continue; }
        if (src.compare(i, 2, "/*") == 0) { i = src.find("*/", i + 2); if (i == std::string::npos) break; ++i; continue; }
        if (src[i] == '\'' ) { for (++i; i < src.size() && src[i] != '\''; ++i) if (src[i] == '\\') ++i; continue; }
        if (src[i] == '"') {
            const size_t start = i;
            for (++i; i < src.size() && src[i] != '"'; ++i) if (src[i] == '\\') ++i;
            out += src.substr(start, i - start + 1);
            continue;
        }
        out += src[i];
    }
    return out;
}

struct Sources {
    std::map<std::string, std::string> files;  // path relative to app/ -> code without comments
};

const Sources& appSources() {
    static const Sources sources = [] {
        Sources s;
        for (const auto& e : fs::recursive_directory_iterator(REPERE_APP_DIR)) {
            const std::string ext = e.path().extension().string();
            if (!e.is_regular_file() || (ext != ".cpp" && ext != ".h") || e.path().filename() == "ui_strings.cpp") continue;
            std::ifstream in(e.path());
            const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            s.files[fs::relative(e.path(), REPERE_APP_DIR).generic_string()]  // "/" on Windows too
 = withoutComments(text);
        }
        return s;
    }();
    return sources;
}

std::set<std::string> listedIds() {
    std::set<std::string> ids;
    for (const auto& spec : core::uiStringSpecs()) ids.insert(spec.id);
    return ids;
}

std::vector<std::string> matches(const std::string& code, const std::regex& pattern) {
    std::vector<std::string> found;
    for (std::sregex_iterator it(code.begin(), code.end(), pattern), end; it != end; ++it) found.push_back((*it)[1].str());
    return found;
}

// A literal passed straight to a lookup: `ui("…"`, `c.ui("…"`, `uiText(k, "…"`.
const std::regex& lookupPattern() {
    static const std::regex pattern(R"re(\b(?:ui|uiText)\(\s*(?:[A-Za-z_]\w*\s*,\s*)?"([^"]*)")re");
    return pattern;
}

const std::regex& literalPattern() {
    static const std::regex pattern(R"re("([a-z][a-z0-9_]*)")re");
    return pattern;
}

} // namespace

TEST_CASE("the sources are found: the checks below read real code") {
    CHECK(appSources().files.size() > 50);
    CHECK(appSources().files.count("ui/screens/team_panel_screen.cpp"));
}

TEST_CASE("every interface string id the code asks for is listed") {
    const std::set<std::string> ids = listedIds();
    static const std::regex snakeCase(R"re("([a-z][a-z0-9]*(?:_[a-z0-9]+)+)")re");
    int lookups = 0;
    for (const auto& [path, code] : appSources().files) {
        for (const auto& id : matches(code, lookupPattern())) {
            ++lookups;
            CAPTURE(path);
            CHECK_MESSAGE(ids.count(id), "'" << id << "' is looked up but not listed in app/core/ui_strings.cpp");
        }
        if (kFormatFiles.count(fs::path(path).filename().string())) continue;
        for (const auto& id : matches(code, snakeCase)) {
            CAPTURE(path);
            CHECK_MESSAGE(ids.count(id), "'" << id << "' looks like an interface string id but is not listed in app/core/ui_strings.cpp "
                                         "(a file-format key? add its file to kFormatFiles)");
        }
    }
    CHECK(lookups > 50);
}

TEST_CASE("every listed id is used by the code") {
    // A one-word id ("start", "sms") is also a common literal for other things (a button
    // id, a field): it counts as used only when looked up directly.
    std::set<std::string> literals, lookedUp;
    for (const auto& [path, code] : appSources().files) {
        for (auto& l : matches(code, literalPattern())) literals.insert(std::move(l));
        for (auto& l : matches(code, lookupPattern())) lookedUp.insert(std::move(l));
    }
    for (const auto& spec : core::uiStringSpecs()) {
        const std::string id = spec.id;
        const bool used = id.find('_') != std::string::npos ? literals.count(id) > 0 : lookedUp.count(id) > 0;
        CHECK_MESSAGE(used, "'" << id << "' is listed (and shipped) but no code uses it");
    }
}

TEST_CASE("the shipped strings hold every listed id in every language, and nothing else") {
    const core::Content& c = testing::shippedContent();
    for (const auto& spec : core::uiStringSpecs()) {
        CAPTURE(spec.id);
        const auto it = c.uiStrings.find(spec.id);
        REQUIRE(it != c.uiStrings.end());
        REQUIRE(it->second.byLanguage.size() == c.languages.size());
        for (const auto& text : it->second.byLanguage) CHECK_FALSE(text.empty());
    }
    CHECK(c.uiStrings.size() == core::uiStringSpecs().size());
}

TEST_CASE("an id missing from the strings comes back as itself, owned by the caller") {
    const core::Content& c = testing::shippedContent();
    // A literal makes a temporary std::string that dies at the end of the line; held by
    // reference, as the screens hold their labels, the answer must not point into it
    // (when it did, AddressSanitizer reported a use after scope here).
    const std::string& text = c.ui("no_such_string", 0);
    CHECK(text == "no_such_string");
    CHECK(c.ui("start", 0) == c.uiStrings.at("start").in(0));
}
