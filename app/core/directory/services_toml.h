// Writes services as services.toml text (the format read by content_loader.cpp), and
// merges imported services into a content's directory. Used by the importers; never
// reads or writes files itself.
#pragma once
#include <string>
#include <vector>

#include "core/model/content.h"

namespace core {

// A problem an importer found in its input.
struct ImportProblem {
    ImportProblem(int line_, bool error_, std::string message_, std::string file_ = "")
        : line(line_), error(error_), message(std::move(message_)), file(std::move(file_)) {}
    int line = 0;          // 1-based line of the input; 0 = the file as a whole
    bool error = true;     // false: a warning (the row is left out, the rest goes on)
    std::string message;
    std::string file;      // within a package of files (HSDS); empty = the input itself
};

struct ServiceEntry {
    Service service;
    std::string comment;  // written as `# …` lines above the entry; may be empty
};

// The services of `content` with `imported` in place of the region's sample entries and
// of the entries a previous import of the same kind wrote (ids starting `idPrefix`).
// A sample entry that serves a need the import leaves unserved is kept, so every need
// stays served; `kept` receives the ids of those.
std::vector<ServiceEntry> mergeImported(const Content& content, const std::string& region, const std::string& idPrefix,
                                        std::vector<ServiceEntry> imported, std::vector<std::string>& kept);

// A whole services.toml: `header` as comment lines, then one [[service]] per entry.
// Text fields carry one string per language of `content`.
std::string servicesToml(const Content& content, const std::vector<ServiceEntry>& entries, const std::string& header);

// A TOML basic string with its quotes, escaped.
std::string tomlString(const std::string& value);

} // namespace core
