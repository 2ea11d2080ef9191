// Content packs on disk: reading a pack file (from a USB stick that can vanish mid-read),
// writing its files into a staging directory, the kiosk's trusted keys (a file in the
// data directory, mode 0600) and a signing key's secret file (mode 0600, never replaced).
#pragma once
#include <string>
#include <vector>

#include "core/content/content_pack.h"
#include "core/content/pack_keys.h"

namespace io {

// A pack file's bytes: a regular file only, at most core::kMaxPackBytes, read whole or
// not at all.
core::FileBytes readPackFile(const std::string& path);

// The pack's files written into `directory`, which must exist and hold none of them
// (no file is replaced, no link followed). False with `error` set otherwise.
bool unpackInto(const core::ContentPack& pack, const std::string& directory, std::string& error);

// The trusted keys of the data directory (none when there is no file yet). What cannot be
// read is said in `problems`, and trusts nothing.
std::string trustedKeysPath(const std::string& dataDirectory);
std::vector<core::TrustedKey> loadTrustedKeys(const std::string& dataDirectory, std::vector<std::string>& problems);
bool saveTrustedKeys(const std::string& dataDirectory, const std::vector<core::TrustedKey>& keys, std::string& error);

// A new file readable by its owner only (0600), created whole; refuses to replace one.
bool writeNewPrivateFile(const std::string& path, const std::string& text, std::string& error);
// The same, readable by all (0644 before the umask): a pack, a public key.
bool writeNewFile(const std::string& path, const std::string& text, std::string& error);

} // namespace io
