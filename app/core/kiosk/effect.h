// Side effects the kiosk asks for: disk writes, content reload, quitting. apply() only
// queues them in Kiosk::effects; the platform runs them between frames and reports back
// with actions. This keeps every decision in core and every I/O in one place.
#pragma once
#include <string>
#include <variant>
#include <vector>

namespace core {
namespace effect {
struct RecordSession { std::vector<std::string> metrics; };  // an ended session: +1 each, for today, in the next batch
struct RecordLate { std::string metric; };  // +1 for a session already recorded (the "useful?" tap)
struct SaveSetting { std::string key, value; };
struct LoadReport {};            // read counters for the team's dashboard
struct FindExportTargets {};     // list mounted removable drives
struct ExportCsv { std::string directory; };
struct EjectDrive { std::string directory, name; };  // sync, then ask the system to unmount
struct ReloadContent {};
struct FindPacks {};                     // list the content packs on mounted USB sticks
struct ShowPack { std::string path; };   // read a pack again, judge it, compare it with the content running
struct ApplyPack { std::string path; };  // install the pack shown (the bytes read for ShowPack), reload
struct RestorePreviousContent {};        // point back to the content before the last update, reload
struct Quit {};
} // namespace effect

using Effect = std::variant<effect::RecordSession, effect::RecordLate, effect::SaveSetting, effect::LoadReport, effect::FindExportTargets,
                            effect::ExportCsv, effect::EjectDrive, effect::ReloadContent, effect::FindPacks,
                            effect::ShowPack, effect::ApplyPack, effect::RestorePreviousContent, effect::Quit>;

} // namespace core
