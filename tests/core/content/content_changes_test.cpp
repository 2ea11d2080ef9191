// What a pack changes, on a real diff: the shipped content against a copy with a number
// changed, a service removed, a card added, a question reworded and hours changed. The
// team reads these lines before applying a pack: each expected line is asserted whole.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/content/content_changes.h"
#include "io/content/content_file.h"
#include "support/content_fixture.h"
#include "support/scratch.h"

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void replaceOnce(const fs::path& file, const std::string& from, const std::string& to) {
    std::string text = slurp(file);
    const size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

// The [[service]] block whose id is `id`, removed from services.toml.
void removeService(const fs::path& file, const std::string& id) {
    std::string text = slurp(file);
    const size_t at = text.find("id = \"" + id + "\"");
    REQUIRE(at != std::string::npos);
    const size_t begin = text.rfind("[[service]]", at);
    size_t end = text.find("[[service]]", at);
    if (end == std::string::npos) end = text.size();
    text.erase(begin, end - begin);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

// The shipped content's last card again, under a new id.
void addCard(const fs::path& file, const std::string& id) {
    const std::string text = slurp(file);
    const size_t at = text.rfind("[[advice]]");
    std::string card = text.substr(at, text.find("\n[[", at + 1) == std::string::npos ? std::string::npos : text.find("\n[[", at + 1) - at);
    card.replace(card.find("id = \"housing\""), 14, "id = \"" + id + "\"");
    std::ofstream(file, std::ios::binary | std::ios::app) << "\n" << card;
}

core::Content loaded(const std::string& dir) {
    const core::LoadResult r = io::loadContent(dir);
    for (const auto& d : r.diagnostics) INFO(core::format(d));
    REQUIRE(r.content);
    return *r.content;
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// The lines as the panel shows them in `language` (the shipped strings say them).
std::vector<std::string> said(const core::ContentChanges& changes, const std::string& language) {
    const core::Content& strings = testing::shippedContent();
    std::vector<std::string> out;
    for (const auto& l : core::describeChanges(changes, strings, *strings.languageIndex(language))) out.push_back(l.text);
    return out;
}

} // namespace

TEST_CASE("content changes: the shipped content against itself changes nothing") {
    const auto same = core::compareContent(testing::shippedContent(), testing::shippedContent());
    CHECK(said(same, "en") == std::vector<std::string>{"No change."});
    CHECK(said(same, "fr") == std::vector<std::string>{"Aucun changement."});
}

TEST_CASE("content changes: a number changed, a service removed, a card added, a question reworded") {
    const fs::path dir = testing::freshDir("content-changes");
    fs::create_directories(dir);
    for (const auto& entry : fs::directory_iterator(testing::shippedContentDir())) fs::copy(entry.path(), dir / entry.path().filename());
    replaceOnce(dir / "services.toml", "phone = \"116 006\"", "phone = \"01 99 00 10 99\"");
    replaceOnce(dir / "services.toml", "opening_hours = \"Mo-Su 09:00-19:00\"", "opening_hours = \"Mo-Fr 09:00-19:00\"");
    replaceOnce(dir / "services.toml", "en = \"Every day, 9:00 to 19:00. Free", "en = \"Monday to Friday, 9:00 to 19:00. Free");
    removeService(dir / "services.toml", "exemple-cegidd");
    addCard(dir / "advice.toml", "housing-lyon");
    const core::Content before = testing::shippedContent();
    const std::string firstQuestion = before.questions.front().id;
    const std::string oldText = before.questions.front().text.in(1);
    replaceOnce(dir / "questions.toml", "en = \"" + oldText + "\"", "en = \"" + oldText + " (reworded)\"");

    const core::Content after = loaded(dir.string());
    const core::ContentChanges changes = core::compareContent(before, after);
    const auto lines = said(changes, "en");
    std::string all;
    for (const auto& l : lines) all += l + "\n";
    INFO(all);
    CHECK(has(lines, "Service removed: exemple-cegidd (CeGIDD – dépistage gratuit (exemple))"));
    CHECK(has(lines, "france-victimes (France Victimes) — phone: before “116 006”, after “01 99 00 10 99”"));
    CHECK(has(lines, "france-victimes (France Victimes) — hours for “open now”: before “Mo-Su 09:00-19:00”, after “Mo-Fr 09:00-19:00”"));
    const std::string oldHours = before.services[2].hours.in(1);
    REQUIRE(before.services[2].id == "france-victimes");
    CHECK(has(lines, "france-victimes (France Victimes) — hours (en): before “" + oldHours + "”, after “" +
                         after.services[2].hours.in(1) + "”"));
    CHECK(has(lines, "Questions: 0 added, 0 removed, 1 reworded"));
    CHECK(has(lines, "  reworded: " + firstQuestion));
    CHECK(has(lines, "Advice cards: 1 added, 0 removed, 0 reworded"));
    CHECK(has(lines, "  added: housing-lyon"));
    CHECK(has(lines, "Regions affected: ile-de-france, national"));
    // The same lines in French, from the French strings: the panel's language.
    const auto french = said(changes, "fr");
    std::string allFrench;
    for (const auto& l : french) allFrench += l + "\n";
    INFO(allFrench);
    CHECK(has(french, "Service retiré : exemple-cegidd (CeGIDD – dépistage gratuit (exemple))"));
    CHECK(has(french, "france-victimes (France Victimes) — téléphone : avant « 116 006 », après « 01 99 00 10 99 »"));
    CHECK(has(french, "Questions : 0 ajoutée(s), 0 retirée(s), 1 reformulée(s)"));
    CHECK(has(french, "Fiches conseil : 1 ajoutée(s), 0 retirée(s), 0 reformulée(s)"));
    CHECK(has(french, "  ajout : housing-lyon"));
    CHECK(has(french, "Régions touchées : ile-de-france, national"));
    CHECK(french.size() == lines.size());
    // The changed number is marked to stand out; a reworded question is not.
    const auto marked = core::describeChanges(changes, testing::shippedContent(), 1);
    const auto phone = std::find_if(marked.begin(), marked.end(), [](const core::ChangeLine& l) { return l.text.find("— phone:") != std::string::npos; });
    REQUIRE(phone != marked.end());
    CHECK(phone->number);
    CHECK_FALSE(marked.back().number);
    // Nothing else: no service added, no other number.
    CHECK(changes.servicesAdded.empty());
    CHECK(changes.serviceValues.size() == 3);
    CHECK(lines.size() == 9);
    fs::remove_all(dir);
}

TEST_CASE("content changes: services added, SMS changed, reworded names, in the model") {
    core::Content before = testing::baseContent();
    core::Content after = before;
    after.services[0].sms = "114";
    after.services[0].name.byLanguage[0] += " (nouveau nom)";
    core::Service extra = after.services[1];
    extra.id = "lyon-csapa";
    extra.region = "auvergne-rhone-alpes";
    after.services.push_back(extra);
    const auto c = core::compareContent(before, after);
    REQUIRE(c.servicesAdded.size() == 1);
    CHECK(c.servicesAdded[0].rfind("lyon-csapa (", 0) == 0);
    REQUIRE(c.serviceValues.size() == 1);
    CHECK(c.serviceValues[0].what == core::ServiceValue::Sms);
    CHECK(c.serviceValues[0].before == before.services[0].sms);
    CHECK(c.serviceValues[0].after == "114");
    CHECK(c.servicesReworded == std::vector<std::string>{before.services[0].id});
    CHECK(std::find(c.regionsAffected.begin(), c.regionsAffected.end(), "auvergne-rhone-alpes") != c.regionsAffected.end());
}

TEST_CASE("content changes: a value that holds a placeholder is never filled again") {
    CHECK(core::fillPlaceholders("a {before} b {after}", {{"before", "{after}"}, {"after", "X"}}) == "a {after} b X");
    CHECK(core::fillPlaceholders("{unknown} {x}", {{"x", "1"}}) == "{unknown} 1");
}
