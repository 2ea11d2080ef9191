// `repere shoot`: renders every screen of the person's flow headlessly to PNG and
// lists them in DIR/index.tsv (screen id, language, file relative to DIR).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/model/content.h"

namespace platform {

struct ShootOptions {
    std::string outDir;
    std::string language = "all";  // a language id or "all"
    int width = 1920, height = 1080;
    std::string only;              // one screen id, or empty for all
    std::optional<core::LocalTime> at;  // the kiosk's clock for "open now" (none: not shown)
    bool largeText = false;        // every screen as a person who tapped "Text size" sees it
};

class HeadlessKiosk;

// One screen `repere shoot` renders: its id (the PNG's name) and the real actions that
// reach it from a fresh kiosk in the chosen language. The layout tests walk the same list.
struct Shot {
    std::string id;
    std::function<void(HeadlessKiosk&)> setup;
};
std::vector<Shot> allShots(const core::Content& content);

int runShoot(const core::Content& content, const ShootOptions& options);

} // namespace platform
