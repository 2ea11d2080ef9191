// Screen list and rendering for `repere shoot`. Each screen is reached by real actions
// from a fresh kiosk, so what is shot is what a person would see. Many screens are
// shared out between one process per core.
#include "platform/shoot.h"
#include "platform/process_slices.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <functional>

#include "core/assessment/reachability.h"
#include "core/content/content_changes.h"
#include "core/stats/stats_report.h"
#include "core/stats/stats_tally.h"
#include "platform/headless_kiosk.h"

namespace platform {
namespace {

namespace act = core::action;

void toQuestion(HeadlessKiosk& h, int question) {
    const core::Content& c = *h.kiosk().content;
    const auto answers = core::answersShowing(c, question).value_or(std::vector<core::AnswerRef>{});
    h.act(act::Start{});
    h.act(act::BeginQuestions{});
    for (int guard = 0; guard < static_cast<int>(c.questions.size()) && h.kiosk().person.session.currentQuestion() != question; ++guard) {
        const int current = h.kiosk().person.session.currentQuestion();
        bool given = false;
        for (const core::AnswerRef& a : answers) {
            if (a.question != current) continue;
            h.act(act::Answer{a.answer});
            given = true;
        }
        if (!given) h.act(act::Skip{});
        h.act(act::Continue{});  // a multiple-choice question waits for it; elsewhere nothing to go on from
    }
}

// Figures for the dashboard screenshot, made in memory from the sample profiles (each
// profile's session counted a different number of times); nothing is read or written.
void showSampleFigures(HeadlessKiosk& h) {
    const core::Content& c = *h.kiosk().content;
    std::vector<core::CounterRow> rows;
    for (size_t p = 0; p < c.profiles.size(); ++p) {
        core::Session s(c);
        s.applyProfile(c.profiles[p]);
        core::SessionTally t;
        t.started = true;
        t.finished = p % 3 != 2;
        t.language = c.languages[p % c.languages.size()].id;
        core::tallyResult(t, c, core::buildResult(c, s.answers(), c.defaultRegion));
        t.domainsOpened.insert(c.domains[p % c.domains.size()].id);
        const int64_t times = 3 + 4 * static_cast<int64_t>(p);
        for (const auto& metric : core::sessionMetrics(t)) rows.push_back({p % 2 ? "2026-11-27" : "2026-11-28", "", metric, times});
        rows.push_back({"2026-11-28", "", core::usefulMetric(static_cast<int>(p % 3)), times});
    }
    h.act(act::Team{core::team::ReportLoaded{core::buildReport(c, rows, h.kiosk().language())}});
}

// A sample profile's results, the advice of each domain, its services and its take-away.
void addProfileShots(std::vector<Shot>& shots, const core::Content& c, size_t p) {
    const std::string& id = c.profiles[p].id;
    const int profile = static_cast<int>(p);
    shots.push_back({"results-" + id, [profile](HeadlessKiosk& h) { h.act(act::ShowProfile{profile}); }});
    for (size_t d = 0; d < c.domains.size(); ++d) {
        shots.push_back({"advice-" + id + "-" + c.domains[d].id, [profile, d](HeadlessKiosk& h) {
                             h.act(act::ShowProfile{profile});
                             h.act(act::OpenDomain{static_cast<int>(d)});
                         }});
    }
    shots.push_back({"services-" + id, [profile](HeadlessKiosk& h) {
                         h.act(act::ShowProfile{profile});
                         h.act(act::ShowServices{});
                     }});
    shots.push_back({"take-away-" + id, [profile](HeadlessKiosk& h) {
                         h.act(act::ShowProfile{profile});
                         h.act(act::ShowServices{});
                         h.act(act::ShowTakeAway{});
                     }});
}

// The PIN pad (typing, and locked) and each tab of the team panel.
void addTeamShots(std::vector<Shot>& shots) {
    shots.push_back({"worker-pin", [](HeadlessKiosk& h) {
                         h.act(act::Team{core::team::Open{}});
                         for (int d : {2, 4, 6}) h.act(act::Team{core::team::Digit{d}});
                     }});
    // The pad locked because the statistics store cannot be read (the text is an example).
    shots.push_back({"worker-pin-locked", [](HeadlessKiosk& h) {
                         h.act(act::Team{core::team::StoreStatus{"store_disk_error", "", false, "", ""}});
                         h.act(act::Team{core::team::Open{}});
                     }});
    // The pad locked because the kiosk has a past but its PIN is gone (here: a damaged
    // store set aside): it says why and names `repere pin set`.
    shots.push_back({"worker-pin-lost", [](HeadlessKiosk& h) {
                         h.act(act::Team{core::team::StoreStatus{"", "", true, "", "pin_past_moved_aside"}});
                         h.act(act::Team{core::team::Open{}});
                     }});
    for (auto [id, tab] : {std::pair{"dashboard", core::TeamTab::Dashboard}, std::pair{"export", core::TeamTab::Export},
                           std::pair{"settings", core::TeamTab::Settings}, std::pair{"demo", core::TeamTab::Demo}}) {
        shots.push_back({std::string("worker-panel-") + id, [tab = tab](HeadlessKiosk& h) {
                             h.openTeamPanelFirstUse();
                             if (tab == core::TeamTab::Demo) {
                                 h.act(act::Team{core::team::ShowTab{core::TeamTab::Settings}});
                                 h.act(act::Team{core::team::ToggleDemo{}});
                             }
                             h.act(act::Team{core::team::ShowTab{tab}});
                             if (tab == core::TeamTab::Dashboard) showSampleFigures(h);
                         }});
    }
}

// Packs as the content tab lists them from a stick (sample signers and keys): one that
// can be applied, one signed by an unknown key, one damaged.
void showSamplePacks(HeadlessKiosk& h) {
    h.openTeamPanelFirstUse();
    h.act(act::Team{core::team::ShowTab{core::TeamTab::Content}});
    h.act(act::Team{core::team::ContentStatus{"content_running_shipped", "/usr/share/repere/questionnaires"}});
    core::PackOffer lyon;
    lyon.path = "/media/repere-kiosk/EQUIPE/lyon.rpk";
    lyon.drive = "EQUIPE";
    lyon.fileName = "lyon.rpk";
    lyon.signerName = "Équipe Lyon (exemple)";
    lyon.fingerprint = "3f2a 91c0 7d4e b815";
    lyon.date = "2026-12-01";
    lyon.note = "Services de Lyon ; numéro de France Victimes corrigé";
    core::PackOffer other = lyon;
    other.fileName = "autre.rpk";
    other.signerName.clear();
    other.note = "nouvelle version";
    other.problem = {"pack_untrusted", "a1b2 c3d4 e5f6 0718"};
    core::PackOffer broken = lyon;
    broken.fileName = "copie.rpk";
    broken.date.clear();
    broken.note.clear();
    broken.problem = {"pack_broken", lyon.fingerprint};
    h.act(act::PacksFound{{"EQUIPE"}, {lyon, other, broken}, true});
}

// What the Lyon pack changes: a real comparison of the shipped content with a copy that
// has a number changed, a service removed and a card added (made in memory).
core::PackPreview samplePackChanges(const core::Content& shipped, const core::PackOffer& offer) {
    core::Content after = shipped;
    if (!after.services.empty()) after.services.front().phone += " 99";
    if (after.services.size() > 1) after.services.pop_back();
    if (!after.advice.empty()) {
        after.advice.push_back(after.advice.back());
        after.advice.back().id += "-lyon";
    }
    return core::PackPreview{offer, core::compareContent(shipped, after), {}, {}};
}

void addPackShots(std::vector<Shot>& shots) {
    shots.push_back({"worker-panel-packs", [](HeadlessKiosk& h) { showSamplePacks(h); }});
    shots.push_back({"worker-panel-pack-changes", [](HeadlessKiosk& h) {
                         showSamplePacks(h);
                         h.act(act::PackShown{samplePackChanges(*h.kiosk().content, h.kiosk().update.offers[0])});
                     }});
    shots.push_back({"worker-panel-pack-errors", [](HeadlessKiosk& h) {
                         showSamplePacks(h);
                         core::PackPreview p{h.kiosk().update.offers[0], {}, {}, {}};
                         p.errors = {"pack:lyon.rpk/services.toml:41:9: error: phone '01 99' is not a French number",
                                     "pack:lyon.rpk/strings.toml: error: string 'start' has no 'en' text"};
                         h.act(act::PackShown{p});
                     }});
    // The tab on the Windows build, which cannot apply packs (io/windows/pack_effects.cpp).
    shots.push_back({"worker-panel-packs-windows", [](HeadlessKiosk& h) {
                         h.openTeamPanelFirstUse();
                         h.act(act::Team{core::team::ShowTab{core::TeamTab::Content}});
                         h.act(act::Team{core::team::ContentStatus{"content_running_shipped", "questionnaires"}});
                         act::PacksFound none;
                         none.packsApplyHere = false;
                         h.act(none);
                     }});
    shots.push_back({"worker-panel-quit", [](HeadlessKiosk& h) {
                         h.openTeamPanelFirstUse();
                         h.act(act::Team{core::team::Quit{}});
                     }});
    // The export tab with a stick, and without one (the kiosk's own folder, said as such).
    shots.push_back({"worker-panel-export-stick", [](HeadlessKiosk& h) {
                         h.openTeamPanelFirstUse();
                         h.act(act::Team{core::team::ShowTab{core::TeamTab::Export}});
                         h.act(act::Team{core::team::ExportTargetsFound{{"/media/repere-kiosk/EQUIPE"}, "/var/lib/repere-kiosk/.local/share/repere/exports"}});
                     }});
    shots.push_back({"worker-panel-export-no-stick", [](HeadlessKiosk& h) {
                         h.openTeamPanelFirstUse();
                         h.act(act::Team{core::team::ShowTab{core::TeamTab::Export}});
                         h.act(act::Team{core::team::ExportTargetsFound{{}, "/var/lib/repere-kiosk/.local/share/repere/exports"}});
                         h.act(act::Team{core::team::Exported{"/var/lib/repere-kiosk/.local/share/repere/exports",
                                                              "/var/lib/repere-kiosk/.local/share/repere/exports/repere-stats-2026-12-01.csv"}});
                     }});
}

// A stand description as a team might type it (the screens show it when set).
void describeStand(HeadlessKiosk& h) { h.kiosk().settings.standDescription = "T-shirts orange derrière la borne"; }

// The emergency screen of each crisis answer, and the friend guide from the welcome
// screen and from a question.
void addHelpNowShots(std::vector<Shot>& shots, const core::Content& c) {
    for (size_t q = 0; q < c.questions.size(); ++q) {
        for (size_t a = 0; a < c.questions[q].answers.size(); ++a) {
            if (!c.questions[q].answers[a].crisis) continue;
            shots.push_back({"emergency-" + c.questions[q].id + "-" + c.questions[q].answers[a].id, [q, a](HeadlessKiosk& h) {
                                 describeStand(h);
                                 toQuestion(h, static_cast<int>(q));
                                 h.act(act::Answer{static_cast<int>(a)});
                             }});
        }
    }
    if (c.friendSteps.empty()) return;
    shots.push_back({"friend-guide", [](HeadlessKiosk& h) {
                         describeStand(h);
                         h.act(act::OpenFriendGuide{});
                     }});
    shots.push_back({"friend-guide-no-stand", [](HeadlessKiosk& h) {
                         toQuestion(h, 0);
                         h.act(act::OpenFriendGuide{});
                     }});
}

} // namespace

std::vector<Shot> allShots(const core::Content& c) {
    std::vector<Shot> shots;
    shots.push_back({"welcome", [](HeadlessKiosk&) {}});
    shots.push_back({"intro", [](HeadlessKiosk& h) { h.act(act::Start{}); }});
    for (size_t q = 0; q < c.questions.size(); ++q) {
        shots.push_back({"question-" + c.questions[q].id, [q](HeadlessKiosk& h) { toQuestion(h, static_cast<int>(q)); }});
    }
    for (size_t p = 0; p < c.profiles.size(); ++p) addProfileShots(shots, c, p);
    // The code enlarged by a tap, alone on the screen with quick exit and "back to the
    // list": one profile is enough, every code is drawn the same way.
    if (!c.profiles.empty()) {
        shots.push_back({"take-away-enlarged-" + c.profiles[0].id, [](HeadlessKiosk& h) {
                             h.act(act::ShowProfile{0});
                             h.act(act::ShowServices{});
                             h.act(act::ShowTakeAway{});
                             h.act(act::SetTakeAwayEnlarged{true});
                         }});
    }
    shots.push_back({"end", [](HeadlessKiosk& h) {
                         h.act(act::ShowProfile{0});
                         h.act(act::Finish{});
                     }});
    shots.push_back({"idle-countdown", [](HeadlessKiosk& h) {
                         toQuestion(h, 0);
                         h.advance(int64_t{h.kiosk().settings.idleSeconds} * 1000 + 2500);
                     }});
    addHelpNowShots(shots, c);
    shots.push_back({"quick-exit", [](HeadlessKiosk& h) {
                         toQuestion(h, 0);
                         h.act(act::QuickExit{});
                     }});
    addTeamShots(shots);
    addPackShots(shots);
    // Every language, as it shows when they do not all fit as buttons.
    shots.push_back({"language-picker", [](HeadlessKiosk& h) { h.act(act::OpenLanguagePicker{}); }});
    // The content tab after a fallback: which content runs, and why (a sample reason).
    shots.push_back({"worker-panel-content", [](HeadlessKiosk& h) {
                         h.openTeamPanelFirstUse();
                         h.act(act::Team{core::team::ShowTab{core::TeamTab::Content}});
                         h.act(act::Team{core::team::ContentStatus{
                             "content_running_previous", "questionnaires/meta.toml:2:9: error: TOML syntax: expected ']'"}});
                         // No stick, said the same on every build (Windows' own tab has a shot above).
                         h.act(act::PacksFound{});
                     }});
    return shots;
}

namespace {

struct Job {
    core::LanguageIndex language;
    const Shot* shot;
    std::string file;  // relative to the output directory
};

// Renders jobs first, first + step, first + 2 step… each from a fresh kiosk (nothing
// carries over from the previous shot). 0 when all were written; 1 with a message.
int renderJobs(const core::Content& content, const ShootOptions& o, const std::vector<Job>& jobs, size_t first, size_t step) {
    HeadlessKiosk h(content, {}, o.width, o.height);
    h.setLocalTime(o.at);
    if (!h.ok()) { std::fprintf(stderr, "repere shoot: %s\n", h.error().c_str()); return 1; }
    for (size_t j = first; j < jobs.size(); j += step) {
        h.reset();
        if (o.largeText) h.act(core::action::ToggleTextSize{});
        h.act(core::action::SetLanguage{jobs[j].language});
        jobs[j].shot->setup(h);
        h.frame(false);  // layout settles (scroll extents, measured widths)
        h.frame(true);
        std::string error;
        if (!h.savePng((std::filesystem::path(o.outDir) / jobs[j].file).string(), error)) {
            std::fprintf(stderr, "repere shoot: %s\n", error.c_str());
            return 1;
        }
    }
    return 0;
}

// Encoding PNGs is most of the work: the jobs are shared out between processes
// (process_slices.h), each rendering every n-th job. 0 when every slice succeeded.
int renderOnEveryCore(const core::Content& content, const ShootOptions& o, const std::vector<Job>& jobs) {
    return runInSlices(jobs.size(), [&](size_t slice, size_t slices) { return renderJobs(content, o, jobs, slice, slices); });
}

} // namespace

int runShoot(const core::Content& content, const ShootOptions& o) {
    namespace fs = std::filesystem;
    std::vector<core::LanguageIndex> languages;
    for (size_t l = 0; l < content.languages.size(); ++l) {
        if (o.language == "all" || o.language == content.languages[l].id) languages.push_back(static_cast<int>(l));
    }
    if (languages.empty()) { std::fprintf(stderr, "repere shoot: unknown language '%s'\n", o.language.c_str()); return 2; }
    std::vector<Shot> shots = allShots(content);
    if (!o.only.empty()) {
        shots.erase(std::remove_if(shots.begin(), shots.end(), [&](const Shot& s) { return s.id != o.only; }), shots.end());
        if (shots.empty()) { std::fprintf(stderr, "repere shoot: no screen '%s'\n", o.only.c_str()); return 2; }
    }
    std::error_code ec;
    fs::create_directories(o.outDir, ec);
    std::ofstream index(fs::path(o.outDir) / "index.tsv");
    if (ec || !index) { std::fprintf(stderr, "repere shoot: cannot write to %s\n", o.outDir.c_str()); return 1; }
    std::vector<Job> jobs;
    for (core::LanguageIndex lang : languages) {
        const std::string& code = content.languages[static_cast<size_t>(lang)].id;
        fs::create_directories(fs::path(o.outDir) / code, ec);
        for (const Shot& shot : shots) jobs.push_back({lang, &shot, code + "/" + shot.id + ".png"});
    }
    if (renderOnEveryCore(content, o, jobs) != 0) return 1;
    for (const Job& job : jobs) {
        index << job.shot->id << '\t' << content.languages[static_cast<size_t>(job.language)].id << '\t' << job.file << '\n';
    }
    std::printf("%zu screens written to %s\n", jobs.size(), o.outDir.c_str());
    return 0;
}

} // namespace platform
