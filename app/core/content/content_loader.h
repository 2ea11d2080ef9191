// Loads a content directory into a Content, all or nothing: the content is returned
// only when the loader and the validator found no error. Every problem found is
// reported, not just the first. Never throws on bad input.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/model/content.h"
#include "core/content/file_bytes.h"
#include "core/model/diagnostic.h"

namespace core {

struct LoadResult {
    std::optional<Content> content;       // set only when there is no error
    std::vector<Diagnostic> diagnostics;  // errors and warnings, in file order
};

// The files a content directory must hold, in the order they are read.
const std::vector<std::string>& contentFiles();

// Where the bytes of a content file come from: the disk (io::loadContent), a pack, or
// memory (fuzzing). None, with the reason, when the file cannot be read or is refused.
using FileSource = std::function<FileBytes(const std::string& path)>;
LoadResult loadContent(const std::string& directory, const FileSource& source);

// Reads the files best-effort, resolving what can be resolved, for the validator.
// Internal to the core; exposed for tests.
// `whole`, when given, says whether every file was read and parsed; when one was not,
// nothing more is read (its own error is reported, not what it hid).
Content readContent(const std::string& directory, const FileSource& source, std::vector<Diagnostic>& diagnostics,
                    bool* whole = nullptr);

} // namespace core
