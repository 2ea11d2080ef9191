// The team side of the kiosk, behind a long press and a PIN: dashboard, export,
// settings, content reload, demo jumps, quit. Plain data plus the actions that change it;
// applied by kiosk.cpp. Nothing here touches the disk (see effect.h).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/stats/stats_report.h"
#include "core/team/team_pin.h"

namespace core {

enum class TeamTab { Dashboard, Export, Settings, Content, Demo };

// The line the settings tab's on-screen keyboard types into.
enum class TypedLine { Event, Stand };

// What the PIN pad can do. Choosing the first PIN from the screen is possible only on a
// provably new data directory (core::pinPast); a store that cannot be read, or one that
// has a past but no usable PIN, keeps the pad locked and says why (`repere pin set` is the
// way out).
enum class PinState {
    NotSet,            // a new data directory, healthy store, no PIN: choose one
    Set,               // a usable PIN is stored: type it
    StoreUnavailable,  // the store cannot be read: locked
    LostPin,           // the directory has a past but no usable PIN: locked (pinPast says why)
};

// Seconds without input before the panel closes itself.
constexpr int kTeamIdleSeconds = 60;

struct TeamPanel {
    std::string pinHash;      // the stored Argon2id hash; empty = no PIN set yet
    PinState pinState = PinState::NotSet;
    std::string pinPast;      // interface string id: why the first PIN cannot be chosen here (LostPin)
    PinGuard guard;
    std::string message;      // interface string id of the feedback for the last thing done ("" = none)
    std::string messageDetail;  // fills {detail} in that string (a path, a count, a reason)
    TeamTab tab = TeamTab::Dashboard;
    Report report;                        // filled by the platform (effect::LoadReport); empty until then
    std::vector<std::string> exportTargets;  // mounted USB sticks, filled by the platform (effect::FindExportTargets)
    std::string exportKioskFolder;  // the kiosk's own exports folder: where a file goes without a stick ("" = none)
    bool quitAsked = false;         // "Quit" was tapped: the panel asks before the application quits
    std::string storeStatus;        // interface string id: the store's problem or notice, summarised; empty = fine
    std::string storeStatusDetail;  // fills its {detail} (a path, never a system message)
    bool labelSmallLetters = false;  // the on-screen keyboard shows small letters (else capitals)
    TypedLine typing = TypedLine::Event;  // the line the keyboard types into
    std::string contentStatus;        // interface string id: which content runs, and why (content_choice.h)
    std::string contentStatusDetail;  // fills its {detail}
};

// Whether the PIN pad takes digits (a PIN to type, or a first one to choose).
inline bool pinPadOpen(const TeamPanel& w) { return w.pinState == PinState::NotSet || w.pinState == PinState::Set; }

namespace team {
struct Open {};                          // long press in the corner
struct Digit { int digit; };
struct Erase {};
struct Submit { int64_t nowMs; };        // check (or set) the PIN
struct Close {};
struct ShowTab { TeamTab tab; };
struct TypeLabel { std::string text; };  // keyboard text for the line being typed (event label or stand description)
struct ChooseTypedLine { TypedLine line; };
struct EraseLabel {};
struct SwitchLabelCase {};               // the on-screen keyboard's capitals / small letters key
struct ToggleDemo {};
struct NextRegion {};
struct NextDefaultLanguage {};
// One step of kIdleStepSeconds longer (+1) or shorter (-1): the step is the core's, not the view's.
struct ChangeIdle { int direction; };
struct Export { std::string directory; };
struct Eject { std::string directory; };  // a USB stick the package mounted (core/removable_drive.h)
struct ReloadContent {};
struct DemoProfile { int profile; };
struct Quit {};                          // asks first (quitAsked); ConfirmQuit quits
struct ConfirmQuit {};
struct CancelQuit {};
// The content tab: packs on a USB stick.
struct LookForPacks {};                  // search the sticks again
struct ChoosePack { int offer; };        // show what pack `offer` (ContentUpdate::offers) changes
struct ApplyPack {};                     // apply the pack shown, when it can be
struct BackToPacks {};                   // from what a pack changes back to the list
struct PreviousContent {};               // back to the content that ran before the last update
// Reports from the platform after running an effect.
struct ReportLoaded { Report report; };
struct ExportTargetsFound {
    std::vector<std::string> directories;  // mounted USB sticks
    std::string kioskFolder;               // the kiosk's own exports folder ("" = none)
};
struct Exported { std::string directory; std::string file; };  // an export was written to `file`
struct Message { std::string id; std::string detail; };
// The store's state after an open or a write: a problem or notice to show (an interface
// string id and its detail), whether it can be read, the PIN hash it holds (so a PIN set
// meanwhile with `repere pin set` is taken up), and, when it holds no usable PIN, why the
// directory is not new (core::pinPast; "" = new).
struct StoreStatus {
    std::string id;
    std::string detail;
    bool healthy = true;
    std::string pinHash;
    std::string pinPast;
};
struct ContentStatus { std::string id; std::string detail; };
} // namespace team

using TeamAction = std::variant<team::Open, team::Digit, team::Erase, team::Submit, team::Close, team::ShowTab,
                                  team::TypeLabel, team::ChooseTypedLine, team::EraseLabel, team::SwitchLabelCase, team::ToggleDemo, team::NextRegion,
                                  team::NextDefaultLanguage, team::ChangeIdle, team::Export, team::Eject, team::ReloadContent,
                                  team::DemoProfile, team::Quit, team::ConfirmQuit, team::CancelQuit, team::LookForPacks,
                                  team::ChoosePack, team::ApplyPack, team::BackToPacks, team::PreviousContent,
                                  team::ReportLoaded, team::ExportTargetsFound, team::Exported,
                                  team::Message, team::StoreStatus, team::ContentStatus>;

} // namespace core
