// The whole state of the person-facing kiosk as plain data, and the one function that
// changes it: apply(kiosk, action). Views only read a Kiosk and emit Actions
// (lager's model/update split); this file never draws and never touches the disk.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/model/content.h"
#include "core/content/content_update.h"
#include "core/kiosk/effect.h"
#include "core/kiosk/person.h"
#include "core/kiosk/screen.h"
#include "core/model/text_size.h"
#include "core/team/team_panel.h"

namespace core {

// The range the team may set the idle time in: long enough to read a screen, short
// enough that a walked-away session does not wait for the next person.
constexpr int kMinIdleSeconds = 30;
constexpr int kMaxIdleSeconds = 600;
constexpr int kIdleStepSeconds = 30;  // one tap of the panel's − / + buttons

// Set by the team in the panel and kept with the store's settings (stored_settings.h).
struct KioskSettings {
    int idleSeconds = 90;       // seconds without input before the "still there?" countdown (kMin/kMaxIdleSeconds)
    int countdownSeconds = 20;  // length of that countdown before everything is wiped
    std::string region;         // local services shown: this region's (empty = content default)
    bool demo = false;          // demo mode: records nothing, shows a DEMO mark
    std::string eventLabel;     // statistics are counted per day and per this label ("" = none)
    std::optional<LanguageIndex> startLanguage;  // language of a new session (none = content default)
    // How to find the team at this stand, one short line the team types ("the people in
    // orange T-shirts behind the kiosk"), shown on the emergency screens and the friend
    // guide; "" = not shown. A setting, never counted in the statistics.
    std::string standDescription;
};

// Keys under which settings are stored (StatsStore settings table).
namespace setting {
constexpr const char* kEvent = "event";
constexpr const char* kRegion = "region";
constexpr const char* kLanguage = "language";
constexpr const char* kIdleSeconds = "idle_seconds";
constexpr const char* kDemo = "demo";
constexpr const char* kStand = "stand";  // the stand description
constexpr const char* kPinHash = "pin_hash";
constexpr const char* kPinFailures = "pin_failures";  // wrong tries so far (the lockout survives a restart)
} // namespace setting

// A setting as the statistics store holds it (a `setting` key, the value as text).
struct StoredSetting { std::string key; std::string value; };

// What the command line asks for this run only (`repere run --demo --lang fr`): wins over
// the stored settings and is saved nowhere.
struct RunOptions {
    bool demo = false;
    std::optional<LanguageIndex> language;  // the language on screen at start-up
};

namespace action {
struct Start {};                 // welcome -> intro
struct BeginQuestions {};        // intro -> first question
struct Answer { int index; };    // tap an answer of the current question (multiple choice: toggles it)
struct Continue {};              // go on from the current question with the response it has (the emergency screen: on with the questionnaire)
struct Skip {};                  // "prefer not to say"
struct Back {};                  // previous screen (the emergency screen: back to the question; the friend guide: where it was opened)
struct SetLanguage { LanguageIndex language; };
struct ToggleTextSize {};
struct QuickExit {};             // wipe at once, neutral screen
struct OpenDomain { int domain; };  // results tile -> that domain's advice
struct ShowResults {};
struct ShowServices {};
struct ShowTakeAway {};
struct SetTakeAwayHidden { bool hidden; };
struct ToggleTakeAwayLine { TakeAwayLineId line; };  // tick or untick one line of the code
struct SetTakeAwayNumbersOnly { bool on; };          // phone numbers only, no advice line
struct SetTakeAwayEnlarged { bool on; };             // the code alone, filling the screen's shorter side
struct Finish {};                // -> end screen; the answers are wiped
struct RateUseful { int rating; };  // one of usefulAnswers() (stats_tally.h)
struct Restart {};               // end or neutral -> welcome, wiped
struct StillHere {};             // dismiss the idle countdown
struct IdleExpired {};           // countdown ran out: wipe, welcome
struct ShowProfile { int profile; };  // demo mode and screenshots: results of a sample profile
struct Team { TeamAction action; };  // anything in the team panel
struct OpenLanguagePicker {};    // every language, when not all fit as buttons
struct CloseLanguagePicker {};
struct OpenFriendGuide {};       // "a friend is not well", from the welcome or a question
struct EndSession {};            // the emergency screen's "end the session": wiped, welcome
// From the platform:
struct SettingsRestored { std::vector<StoredSetting> stored; RunOptions thisRun; };  // at start-up
// The team panel's reload. The platform owns both contents: the old one must still exist
// while this is applied, the new one for as long as the kiosk uses it.
struct ContentReloaded { const Content* content; };
struct ClockRead { std::optional<LocalTime> at; };   // the wall clock, read before an action ("open now")
// The content tab's packs: found on the sticks, one shown with what it changes, and
// after an apply or a step back (the new content itself comes as ContentReloaded).
struct PacksFound {
    std::vector<std::string> drives;
    std::vector<PackOffer> offers;
    bool previousContent = false;
    bool packsApplyHere = true;  // false: the build has no way to apply packs, so none is looked for
};
struct PackShown { PackPreview preview; };
struct ContentUpdated { bool previousContent = false; };
} // namespace action

using Action = std::variant<action::Start, action::BeginQuestions, action::Answer, action::Continue, action::Skip, action::Back,
                            action::SetLanguage, action::ToggleTextSize, action::QuickExit, action::OpenDomain,
                            action::ShowResults, action::ShowServices, action::ShowTakeAway,
                            action::SetTakeAwayHidden, action::ToggleTakeAwayLine, action::SetTakeAwayNumbersOnly,
                            action::SetTakeAwayEnlarged, action::Finish, action::RateUseful, action::Restart,
                            action::StillHere, action::IdleExpired, action::ShowProfile, action::Team,
                            action::OpenLanguagePicker, action::CloseLanguagePicker, action::OpenFriendGuide,
                            action::EndSession, action::SettingsRestored,
                            action::ContentReloaded, action::ClockRead, action::PacksFound, action::PackShown,
                            action::ContentUpdated>;

struct Kiosk {
    explicit Kiosk(const Content& content, KioskSettings settings = {});

    const Content* content;
    KioskSettings settings;
    Screen screen = Screen::Welcome;
    LanguageIndex shownLanguage = 0;   // the language on screen (a wipe keeps it; a new person starts afresh)
    Person person;                     // everything about the person in front of the kiosk; see person.h
    Screen takeAwayReturn = Screen::Results;  // where Back leads from the take-away
    TextSize textSize = TextSize::Normal;
    bool languagePickerOpen = false;   // over the current screen; closed by a choice or any screen change
    int sessionsFinished = 0;          // since start-up (for monkey and the team panel)
    TeamPanel team;
    ContentUpdate update;              // the team panel's content tab (packs on a USB stick)
    std::vector<Effect> effects;       // queued for the platform; it empties this
    std::optional<LocalTime> localTime;  // wall clock as of the last ClockRead ("open now"); none = unknown

    LanguageIndex language() const { return shownLanguage; }
    LanguageIndex startLanguage() const;
    // True on screens that belong to a person's flow (quick exit and idle apply there).
    bool inPersonFlow() const { return screen != Screen::Welcome && !inTeamPanel(); }
    bool inTeamPanel() const { return screen == Screen::TeamPin || screen == Screen::TeamPanel; }
    // Whether anything about a person is held (answers, a result, a take-away, PIN digits).
    bool holdsAnswers() const { return person.holdsAnything(); }
};

void apply(Kiosk& kiosk, const Action& action);

} // namespace core
