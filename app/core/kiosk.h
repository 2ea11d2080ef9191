// The whole state of the person-facing kiosk as plain data, and the one function that
// changes it: apply(kiosk, action). Views only read a Kiosk and emit Actions
// (lager's model/update split); this file never draws and never touches the disk.
#pragma once
#include <optional>
#include <string>
#include <variant>

#include "core/content.h"
#include "core/result.h"
#include "core/session.h"
#include "core/take_away.h"

namespace core {

// One screen per value; the UI has one view per screen (flycast's GuiState habit).
enum class Screen { Welcome, Intro, Question, Results, Advice, Services, TakeAway, End, Neutral };

enum class TextSize { Normal, Large };

// Set by the worker (later: stored in the statistics database).
struct KioskSettings {
    int idleSeconds = 90;       // seconds without input before the "still there?" countdown
    int countdownSeconds = 20;  // length of that countdown before everything is wiped
    std::string region;         // local services shown: this region's (empty = content default)
    bool demo = false;          // demo mode: records nothing, shows a DEMO mark
};

namespace action {
struct Start {};                 // welcome -> intro
struct BeginQuestions {};        // intro -> first question
struct Answer { int index; };    // pick an answer of the current question
struct Skip {};                  // "prefer not to say"
struct Back {};                  // previous screen
struct SetLanguage { LanguageIndex language; };
struct ToggleTextSize {};
struct QuickExit {};             // wipe at once, neutral screen
struct OpenDomain { int domain; };  // results tile -> that domain's advice
struct ShowResults {};
struct ShowServices {};
struct ShowTakeAway {};
struct SetTakeAwayHidden { bool hidden; };
struct Finish {};                // -> end screen; the answers are wiped
struct RateUseful { int rating; };  // 0 no, 1 a bit, 2 yes
struct Restart {};               // end or neutral -> welcome, wiped
struct StillHere {};             // dismiss the idle countdown
struct IdleExpired {};           // countdown ran out: wipe, welcome
struct ShowProfile { int profile; };  // demo mode and screenshots: results of a sample profile
} // namespace action

using Action = std::variant<action::Start, action::BeginQuestions, action::Answer, action::Skip, action::Back,
                            action::SetLanguage, action::ToggleTextSize, action::QuickExit, action::OpenDomain,
                            action::ShowResults, action::ShowServices, action::ShowTakeAway,
                            action::SetTakeAwayHidden, action::Finish, action::RateUseful, action::Restart,
                            action::StillHere, action::IdleExpired, action::ShowProfile>;

struct Kiosk {
    explicit Kiosk(const Content& content, KioskSettings settings = {});

    const Content* content;
    KioskSettings settings;
    Screen screen = Screen::Welcome;
    Session session;
    std::optional<Result> result;      // set while the results, advice, services or take-away show
    int openDomain = -1;               // the domain whose advice is shown
    Screen takeAwayReturn = Screen::Results;  // where Back leads from the take-away
    bool takeAwayHidden = false;
    std::optional<TakeAway> takeAway;  // only while the take-away screen is open
    std::optional<int> usefulRating;   // the end screen's answer, once tapped
    TextSize textSize = TextSize::Normal;
    int sessionsFinished = 0;          // since start-up (for monkey and the worker panel)

    LanguageIndex language() const { return session.language(); }
    // True on screens that belong to a person's flow (quick exit and idle apply there).
    bool inPersonFlow() const { return screen != Screen::Welcome; }
    // Whether anything about a person is held (answers or a result).
    bool holdsAnswers() const;
};

void apply(Kiosk& kiosk, const Action& action);

} // namespace core
