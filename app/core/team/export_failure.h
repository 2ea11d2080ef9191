// Why an export failed, said in the team's language: the system's error number mapped to
// an interface string, so a French panel never shows "Permission denied".
#pragma once

namespace core {

// The interface string id for a failed export: a full drive, a drive that cannot be
// written, a drive that is gone, or (anything else) the general failure with its detail.
const char* exportFailureMessage(int errorNumber);

} // namespace core
