// `repere check`: validates a content directory and prints every problem.
#pragma once
#include <ostream>
#include <string>

#include "core/glyph_coverage.h"

namespace core {

// Prints each diagnostic and a summary line; returns the process exit code (1 on error).
// `glyphs`: what the kiosk's fonts can draw (from the platform); none skips that rule.
int runCheck(const std::string& directory, std::ostream& out, const GlyphCoverage& glyphs = {});

} // namespace core
