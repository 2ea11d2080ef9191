// `repere shoot`: renders every screen of the person's flow headlessly to PNG and
// lists them in DIR/index.tsv (screen id, language, file relative to DIR).
#pragma once
#include <optional>
#include <string>

#include "core/model/content.h"

namespace platform {

struct ShootOptions {
    std::string outDir;
    std::string language = "all";  // a language id or "all"
    int width = 1920, height = 1080;
    std::string only;              // one screen id, or empty for all
    std::optional<core::LocalTime> at;  // the kiosk's clock for "open now" (none: not shown)
};

int runShoot(const core::Content& content, const ShootOptions& options);

} // namespace platform
