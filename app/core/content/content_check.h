// `repere check`: validates a content directory and prints every problem.
#pragma once
#include <ostream>
#include <string>

#include "core/content/content_loader.h"
#include "core/content/glyph_coverage.h"

namespace core {

// Prints each diagnostic and a summary line; returns the process exit code (1 on error).
// `glyphs`: what the kiosk's fonts can draw (from the platform); none skips that rule.
// `source` reads the directory's files (io::contentFileSource() for the disk).
int runCheck(const std::string& directory, const FileSource& source, std::ostream& out, const GlyphCoverage& glyphs = {});

} // namespace core
