// errno values to export messages.
#include "core/team/export_failure.h"

#include <cerrno>

namespace core {

const char* exportFailureMessage(int error) {
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG: return "export_failed_full";
    case EROFS:
    case EACCES:
    case EPERM: return "export_failed_read_only";
    case ENOENT:
    case ENOTDIR:
    case ENODEV:
    case ENXIO:
    case EIO:
    case ELOOP: return "export_failed_missing";  // pulled out, never mounted, or a planted link
    default: return "export_failed";
    }
}

} // namespace core
