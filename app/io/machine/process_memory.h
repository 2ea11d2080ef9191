// This process's memory and identity as the system reports them, for `repere monkey` and
// `repere bench`: /proc and getrusage on Linux, the process status API on Windows.
#pragma once

namespace io {

// Resident memory now, in kB (0 when it cannot be read).
long residentMemoryKb();
// The most resident memory so far, in MB.
double peakResidentMemoryMb();
// For naming scratch directories.
long processId();

} // namespace io
