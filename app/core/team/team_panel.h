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

// What the PIN pad can do. A store that cannot be read never lets someone choose a new
// PIN: the pad stays locked and says why (`repere pin set` is the way out).
enum class PinState {
    NotSet,            // the store is healthy and holds no PIN: choose one
    Set,               // a PIN is stored: type it
    StoreUnavailable,  // the store cannot be read: locked
};

// Seconds without input before the panel closes itself.
constexpr int kTeamIdleSeconds = 60;

struct TeamPanel {
    std::string pinHash;      // the stored Argon2id hash; empty = no PIN set yet
    PinState pinState = PinState::NotSet;
    PinGuard guard;
    std::string message;      // interface string id of the feedback for the last thing done ("" = none)
    std::string messageDetail;  // fills {detail} in that string (a path, a count, a reason)
    TeamTab tab = TeamTab::Dashboard;
    Report report;                        // filled by the platform (effect::LoadReport); empty until then
    std::vector<std::string> exportTargets;  // filled by the platform (effect::FindExportTargets)
    std::string storeStatus;  // problem or notice from the statistics store; empty = fine
    bool labelSmallLetters = false;  // the on-screen keyboard shows small letters (else capitals)
    TypedLine typing = TypedLine::Event;  // the line the keyboard types into
    std::string contentStatus;        // interface string id: which content runs, and why (content_choice.h)
    std::string contentStatusDetail;  // fills its {detail}
};

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
struct ChangeIdle { int deltaSeconds; };
struct Export { std::string directory; };
struct Eject { std::string directory; };  // a USB stick the package mounted (core/removable_drive.h)
struct ReloadContent {};
struct DemoProfile { int profile; };
struct Quit {};
// Reports from the platform after running an effect.
struct ReportLoaded { Report report; };
struct ExportTargetsFound { std::vector<std::string> directories; };
struct Message { std::string id; std::string detail; };
// The store's state after an open or a write: a problem or notice to show, whether it
// can be read, and the PIN hash it holds (so a PIN set meanwhile with `repere pin set`
// is taken up).
struct StoreStatus { std::string text; bool healthy = true; std::string pinHash; };
struct ContentStatus { std::string id; std::string detail; };
} // namespace team

using TeamAction = std::variant<team::Open, team::Digit, team::Erase, team::Submit, team::Close, team::ShowTab,
                                  team::TypeLabel, team::ChooseTypedLine, team::EraseLabel, team::SwitchLabelCase, team::ToggleDemo, team::NextRegion,
                                  team::NextDefaultLanguage, team::ChangeIdle, team::Export, team::Eject, team::ReloadContent,
                                  team::DemoProfile, team::Quit, team::ReportLoaded, team::ExportTargetsFound,
                                  team::Message, team::StoreStatus, team::ContentStatus>;

} // namespace core
