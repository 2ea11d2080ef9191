// `repere check`: the content author's view of the loader and validator.
#include "core/content/content_check.h"

#include "core/content/content_loader.h"

namespace core {

int runCheck(const std::string& directory, const FileSource& source, std::ostream& out, const GlyphCoverage& glyphs) {
    LoadResult result = loadContent(directory, source);
    if (result.content) {
        checkGlyphs(*result.content, glyphs, result.diagnostics);
        if (hasErrors(result.diagnostics)) result.content.reset();
    }
    for (const Diagnostic& d : result.diagnostics) out << format(d) << '\n';
    const int errors = countErrors(result.diagnostics);
    const int warnings = static_cast<int>(result.diagnostics.size()) - errors;
    out << directory << ": " << errors << " error(s), " << warnings << " warning(s)";
    if (result.content) {
        out << "; " << result.content->questions.size() << " questions, " << result.content->advice.size()
            << " advice cards, " << result.content->services.size() << " services, "
            << result.content->languages.size() << " languages";
    }
    out << '\n';
    return errors > 0 ? 1 : 0;
}

} // namespace core
