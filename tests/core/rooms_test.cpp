// The house's plan, enforced: every #include of app/ is an arrow the plan allows. The
// core's rooms and who may include whom are written once, in app/core/CMakeLists.txt
// (core_room), which writes them to the build tree; the layers around the core are the
// table below. The core, and io, also never name a window or UI library, and the core
// touches no file, clock or environment.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Each room's allowed rooms, as core_room() wrote them: "core/kiosk: model assessment …".
std::map<std::string, std::set<std::string>> roomTable() {
    std::map<std::string, std::set<std::string>> table;
    std::ifstream in(REPERE_ROOM_TABLE);
    std::string line;
    while (std::getline(in, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::istringstream uses(line.substr(colon + 1));
        std::set<std::string>& allowed = table[line.substr(0, colon)];
        for (std::string room; uses >> room;) allowed.insert("core/" + room);
    }
    return table;
}

// The folder an include or a file belongs to: "core/kiosk", "io", "ui", "platform", "commands".
std::string placeOf(const std::string& path) {
    if (path.rfind("core/", 0) == 0) {
        const auto slash = path.find('/', 5);
        return slash == std::string::npos ? "core" : path.substr(0, slash);
    }
    return path.substr(0, path.find('/'));
}

// The layers around the core: which layers each may include (besides itself).
const std::map<std::string, std::set<std::string>> kLayers = {
    {"io", {"core"}},
    {"ui", {"core"}},
    {"platform", {"core", "io", "ui"}},
    {"commands", {"core", "io", "ui", "platform"}},
    {"main.cpp", {"commands"}},
};

// Commands that must run without SDL or ImGui (Tracy's command-line tools link the server only).
const std::set<std::string> kToolCommands = {
    "command_line", "check_command", "stats_command", "pin_command", "services_commands",
    "import_finess_command", "import_hsds_command", "export_hsds_command", "import_result", "explain_command",
    "pack_command", "trust_command",
};

struct Arrow { std::string from, to; };

std::vector<Arrow> arrowsOf(const fs::path& file, const std::string& relative) {
    static const std::regex include(R"(^\s*#\s*include\s*([<"])([^">]+)[">])");
    std::vector<Arrow> arrows;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        std::smatch m;
        if (std::regex_search(line, m, include)) arrows.push_back({relative, (m[1] == "<" ? "<" : "") + m[2].str()});
    }
    return arrows;
}

// System headers the core may not include: windows and UI, databases, files, clocks, processes.
bool forbiddenInCore(const std::string& header) {
    static const std::vector<std::string> kForbidden = {
        "<SDL", "<imgui", "<sqlite3", "<filesystem", "<fstream", "<ctime", "<chrono", "<unistd.h", "<fcntl.h",
        "<sys/", "<dirent.h", "<fontconfig", "<png.h", "<windows.h", "<thread",
    };
    for (const auto& f : kForbidden) if (header.rfind(f, 0) == 0) return true;
    return false;
}

// What is wrong with one arrow, or "" when the plan allows it.
std::string judge(const Arrow& a, const std::map<std::string, std::set<std::string>>& rooms) {
    const std::string from = placeOf(a.from);
    if (a.to[0] == '<') {
        const bool core = from.rfind("core", 0) == 0;
        if (core && forbiddenInCore(a.to)) return "the core includes " + a.to;
        if ((core || from == "io") && (a.to.rfind("<SDL", 0) == 0 || a.to.rfind("<imgui", 0) == 0)) return from + " includes " + a.to;
        return "";
    }
    const std::string to = placeOf(a.to);
    if (to == from) return "";
    if (from.rfind("core/", 0) == 0) {
        const auto room = rooms.find(from);
        if (room == rooms.end()) return from + " is not a room of app/core/CMakeLists.txt";
        return room->second.count(to) ? "" : from + " may not include " + to;
    }
    if (from == "commands" && kToolCommands.count(fs::path(a.from).stem().string()) && (to == "ui" || to == "platform")) {
        return a.from + " is a tool command and may not include " + to;
    }
    const std::string target = to.rfind("core", 0) == 0 ? "core" : to;
    const auto layer = kLayers.find(from);
    if (layer == kLayers.end()) return a.from + " is in no layer of the plan";
    return layer->second.count(target) ? "" : from + " may not include " + to;
}

} // namespace

TEST_CASE("rooms: every include of app/ is an arrow the plan allows") {
    const auto rooms = roomTable();
    REQUIRE_MESSAGE(rooms.size() >= 5, "the room table " REPERE_ROOM_TABLE " was not written");
    int files = 0;
    std::vector<std::string> wrong;
    for (const auto& entry : fs::recursive_directory_iterator(REPERE_APP_DIR)) {
        const std::string ext = entry.path().extension().string();
        if (ext != ".cpp" && ext != ".h") continue;
        ++files;
        const std::string relative = fs::relative(entry.path(), REPERE_APP_DIR).generic_string();
        for (const Arrow& a : arrowsOf(entry.path(), relative)) {
            const std::string why = judge(a, rooms);
            if (!why.empty()) wrong.push_back(a.from + " -> " + a.to + ": " + why);
        }
    }
    CHECK(files > 100);
    for (const auto& w : wrong) FAIL_CHECK(w);
}

TEST_CASE("rooms: the judge refuses what the plan does not allow") {
    const std::map<std::string, std::set<std::string>> rooms = {{"core/model", {}}, {"core/kiosk", {"core/model"}}};
    CHECK(judge({"core/kiosk/kiosk.cpp", "core/model/content.h"}, rooms).empty());
    CHECK_FALSE(judge({"core/model/content.cpp", "core/kiosk/kiosk.h"}, rooms).empty());
    CHECK_FALSE(judge({"core/model/content.cpp", "io/store/stats_store.h"}, rooms).empty());
    CHECK_FALSE(judge({"core/model/content.cpp", "<fstream>"}, rooms).empty());
    CHECK_FALSE(judge({"io/effects.cpp", "ui/widgets.h"}, rooms).empty());
    CHECK_FALSE(judge({"io/effects.cpp", "<SDL.h>"}, rooms).empty());
    CHECK_FALSE(judge({"ui/widgets.cpp", "platform/fonts.h"}, rooms).empty());
    CHECK_FALSE(judge({"commands/check_command.cpp", "platform/fonts.h"}, rooms).empty());
    CHECK(judge({"commands/run_command.cpp", "platform/window_loop.h"}, rooms).empty());
    CHECK_FALSE(judge({"core/stray.cpp", "core/model/text.h"}, rooms).empty());
}
