// The team panel's content tab through the real UI: the packs on a stick listed with
// signer, date and note (or why refused), what one changes shown in the panel's language
// before anything is applied, "Apply" installing the very bytes shown (the stick pulled
// meanwhile) with repere-update-content's layout, and "Back to the previous content" in
// one tap. A pack with errors, or signed by an unknown key, changes nothing.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/content/pack_keys.h"
#include "core/team/team_pin.h"
#include "io/content/pack_files.h"
#include "io/store/stats_store.h"
#include "platform/headless_kiosk.h"
#include "support/content_edits.h"
#include "support/content_fixture.h"
#include "support/scratch.h"
#include "ui/widgets.h"

namespace fs = std::filesystem;

namespace {

const std::string kPin = "482615";

void writeFile(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

// A phone number changed, a service removed, a card added: what a Lyon pack could hold.
std::string changedContent(const std::string& name) {
    const std::string dir = testing::copyOfShippedContent(name);
    testing::replaceOnce(dir + "/services.toml", "phone = \"116 006\"", "phone = \"01 99 00 10 99\"");
    testing::removeService(dir + "/services.toml", "exemple-cegidd");
    testing::addCard(dir + "/advice.toml", "housing-lyon");
    return dir;
}

struct Stand {
    std::string data, stick;
    core::PackKeyPair team = *core::makeKeyPair();
    std::unique_ptr<io::StatsStore> store;
    std::unique_ptr<platform::HeadlessKiosk> h;

    explicit Stand(const std::string& name) : data(testing::freshDir(name + "-data")), stick(testing::freshDir(name + "-stick")) {
        fs::create_directories(stick);
        std::string error;
        REQUIRE_MESSAGE(io::saveTrustedKeys(data, {{team.publicKey, "Équipe Lyon"}}, error), error);
        store = std::make_unique<io::StatsStore>(data);
        REQUIRE(store->saveSetting(core::setting::kPinHash, *core::hashPin(kPin)));
        core::KioskSettings settings;
        settings.startLanguage = *testing::shippedContent().languageIndex("fr");
        h = std::make_unique<platform::HeadlessKiosk>(testing::shippedContent(), settings, 1280, 800, true, store.get());
        REQUIRE(h->ok());
        h->setRemovableDrives({stick});
        h->frame();
    }
    void openContentTab() {
        h->act(core::action::Team{core::team::Open{}});
        for (char d : kPin) h->act(core::action::Team{core::team::Digit{d - '0'}});
        h->act(core::action::Team{core::team::Submit{h->now()}});
        REQUIRE(h->kiosk().screen == core::Screen::TeamPanel);
        h->frame();
        REQUIRE(h->tap("tab-tab_content"));
    }
    std::string phoneOf(const std::string& service) {
        for (const auto& s : h->kiosk().content->services) if (s.id == service) return s.phone;
        return "";
    }
};

bool drawnHas(const std::vector<std::string>& drawn, const std::string& text) {
    return std::any_of(drawn.begin(), drawn.end(), [&](const std::string& d) { return d.find(text) != std::string::npos; });
}

} // namespace

TEST_CASE("content tab: packs listed, what one changes in French before applying, applied from the bytes shown, then undone") {
    Stand s("panel-pack");
    writeFile(s.stick + "/lyon.rpk", testing::packOf(changedContent("panel-pack-lyon"), s.team.secretKey, "Services de Lyon"));
    const core::PackKeyPair stranger = *core::makeKeyPair();
    writeFile(s.stick + "/autre.rpk", testing::packOf(testing::shippedContentDir(), stranger.secretKey, "inconnu"));
    writeFile(s.stick + "/vide.rpk", "not a pack");
    writeFile(s.stick + "/notes.txt", "not listed");
    s.openContentTab();

    const auto& offers = s.h->kiosk().update.offers;
    REQUIRE(offers.size() == 3);  // by name; notes.txt is not a pack
    CHECK(offers[0].fileName == "autre.rpk");
    CHECK(offers[0].problem.id == "pack_untrusted");
    CHECK(offers[0].problem.detail == core::fingerprint(stranger.publicKey));
    CHECK(offers[1].fileName == "lyon.rpk");
    CHECK(offers[1].problem.none());
    CHECK(offers[1].signerName == "Équipe Lyon");
    CHECK(offers[1].date == "2026-12-01");
    CHECK(offers[1].note == "Services de Lyon");
    CHECK(offers[2].problem.id == "pack_not_a_pack");
    CHECK_FALSE(s.h->kiosk().update.previousContent);

    // An untrusted pack shows why, and offers no Apply.
    REQUIRE(s.h->tap("pack-0"));
    CHECK(s.h->widgets().find("pack-apply") == nullptr);
    REQUIRE(s.h->tap("pack-back"));

    std::vector<std::string> drawn;
    ui::setDrawnTextLog(&drawn);
    REQUIRE(s.h->tap("pack-1"));
    s.h->frame();
    ui::setDrawnTextLog(nullptr);
    std::string all;
    for (const auto& d : drawn) all += d + "\n";
    INFO(all);
    CHECK(drawnHas(drawn, "Signé par Équipe Lyon (clé " + core::fingerprint(s.team.publicKey) + "), daté du 2026-12-01"));
    CHECK(drawnHas(drawn, "france-victimes (France Victimes) — téléphone : avant « 116 006 », après « 01 99 00 10 99 »"));
    CHECK(drawnHas(drawn, "Service retiré : exemple-cegidd"));
    CHECK(drawnHas(drawn, "Fiches conseil : 1 ajoutée(s), 0 retirée(s), 0 reformulée(s)"));
    CHECK(drawnHas(drawn, "  ajout : housing-lyon"));
    // Shown, not applied: the kiosk still runs the old number, nothing in the data directory.
    CHECK(s.phoneOf("france-victimes") == "116 006");
    CHECK_FALSE(fs::exists(fs::symlink_status(s.data + "/questionnaires")));

    // The stick is pulled after looking: Apply installs the bytes that were shown.
    fs::remove_all(s.stick);
    REQUIRE(s.h->tap("pack-apply"));
    CHECK(s.h->kiosk().team.message == "pack_applied");
    CHECK(s.phoneOf("france-victimes") == "01 99 00 10 99");
    CHECK(s.h->kiosk().team.contentStatus == "content_running_update");
    const std::string now = fs::read_symlink(s.data + "/questionnaires").string();
    CHECK(now.rfind("content-", 0) == 0);
    CHECK(fs::read_symlink(s.data + "/questionnaires.previous").string() == now + "-before");
    for (const auto& e : fs::directory_iterator(s.data)) CHECK(e.path().filename().string().rfind(".incoming", 0) != 0);
    CHECK(s.h->kiosk().screen == core::Screen::TeamPanel);

    // One tap back: the content that ran before, from its kept copy.
    REQUIRE(s.h->kiosk().update.previousContent);
    REQUIRE(s.h->tap("content-previous"));
    CHECK(s.h->kiosk().team.message == "content_rolled_back");
    CHECK(s.phoneOf("france-victimes") == "116 006");
    CHECK(fs::read_symlink(s.data + "/questionnaires").string() == now + "-before");
    CHECK(fs::read_symlink(s.data + "/questionnaires.previous").string() == now);
}

TEST_CASE("content tab: a trusted pack whose content has errors is shown with them in French and applies nothing") {
    Stand s("panel-pack-bad");
    const std::string dir = testing::copyOfShippedContent("panel-pack-bad-content");
    testing::replaceOnce(dir + "/meta.toml", "languages = [\"fr\", \"en\"]", "languages = [\"fr\", \"en\", \"de\"]");
    writeFile(s.stick + "/casse.rpk", testing::packOf(dir, s.team.secretKey, "cassé"));
    s.openContentTab();
    REQUIRE(s.h->kiosk().update.offers.size() == 1);
    CHECK(s.h->kiosk().update.offers[0].problem.none());  // signed by a trusted key: listed as such
    REQUIRE(s.h->tap("pack-0"));
    REQUIRE(s.h->kiosk().update.preview);
    CHECK_FALSE(s.h->kiosk().update.preview->errors.empty());
    CHECK(s.h->widgets().find("pack-apply") == nullptr);
    // Enter (the table's main button) does nothing either.
    s.h->key(core::Key::Enter);
    CHECK_FALSE(fs::exists(fs::symlink_status(s.data + "/questionnaires")));
    CHECK(s.h->kiosk().team.message != "pack_applied");
}

TEST_CASE("content tab: no stick says so; the export without a stick says the file stayed on the kiosk") {
    Stand s("panel-no-stick");
    s.h->setRemovableDrives({});
    s.openContentTab();
    CHECK(s.h->kiosk().update.searched);
    CHECK(s.h->kiosk().update.drives.empty());
    REQUIRE(s.h->tap("tab-tab_export"));
    CHECK(s.h->widgets().find("export-0") == nullptr);  // no stick offered when there is none
    REQUIRE(s.h->tap("export-kiosk"));
    CHECK(s.h->kiosk().team.message == "export_done_local");
    CHECK(s.h->kiosk().team.messageDetail.rfind(s.data + "/exports/", 0) == 0);
}
