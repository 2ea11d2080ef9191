// Installs a content pack into the data directory from the team panel, with the layout
// and the one step of rollback of packaging/repere-update-content (read it first):
//   content-<stamp>/                         one copy per update
//   questionnaires -> content-<stamp>        what the kiosk loads first
//   questionnaires.previous -> content-<old> rollback target, and the kiosk's fallback
// The copy is written under a hidden .incoming-PID- name, checked there, written to disk,
// renamed into place, then questionnaires is switched by renaming a new symlink over it:
// stopped at any point, what the kiosk loads is the old content or the new, whole.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "core/content/content_pack.h"

namespace io {

struct ContentInstalled {
    bool ok = false;
    std::string directory;            // the content-* directory questionnaires now points to
    std::vector<std::string> errors;  // the copy's content errors (check); nothing was switched
    std::string problem;              // an I/O failure, in English for the log; nothing was switched
};

// The errors `repere check` finds in a content directory (empty: it passes).
using ContentCheck = std::function<std::vector<std::string>(const std::string& directory)>;

// The pack's files into DATA/content-<stamp>, checked by `check` there, then switched in.
// When no update was installed yet, the content files of `running` (the directory the
// kiosk runs, the shipped one) are copied to content-<stamp>-before and made the previous
// content, so the first pack can be undone too. Older content-* directories that neither
// link points to are removed afterwards.
ContentInstalled installContent(const std::string& dataDirectory, const core::ContentPack& pack, const ContentCheck& check,
                                const std::string& stamp, const std::string& running = {});

// Whether questionnaires.previous points to a directory there is to go back to.
bool hasPreviousContent(const std::string& dataDirectory);

// questionnaires and questionnaires.previous swapped (repere-update-content --rollback),
// after `check` passed on the previous content.
ContentInstalled restorePreviousContent(const std::string& dataDirectory, const ContentCheck& check);

} // namespace io
