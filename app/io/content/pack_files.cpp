// See pack_files.h. Every file this writes is a new one (io/whole_file), so a link planted
// in a staging or data directory is never written through.
#include "io/content/pack_files.h"

#include <filesystem>
#include <system_error>

#include "io/content/content_file.h"
#include "io/store/whole_file.h"

namespace io {
namespace fs = std::filesystem;

core::FileBytes readPackFile(const std::string& path) { return readContentFile(path, core::kMaxPackBytes); }

bool unpackInto(const core::ContentPack& pack, const std::string& directory, std::string& error) {
    for (const auto& f : pack.files) {
        const FileWritten written = createWholeFile(directory + "/" + f.name, f.bytes, Readers::Everyone);
        if (!written.ok) { error = written.error; return false; }
    }
    return true;
}

std::string trustedKeysPath(const std::string& dataDirectory) { return dataDirectory + "/trusted-keys"; }

std::vector<core::TrustedKey> loadTrustedKeys(const std::string& dataDirectory, std::vector<std::string>& problems) {
    const std::string path = trustedKeysPath(dataDirectory);
    std::error_code ec;
    if (fs::symlink_status(fs::u8path(path), ec).type() == fs::file_type::not_found) return {};
    const core::FileBytes file = readContentFile(path, 64 * 1024);
    if (!file.bytes) {
        problems.push_back(path + ": " + file.problem + "; no key is trusted");
        return {};
    }
    return core::parseTrustedKeys(*file.bytes, problems);
}

bool saveTrustedKeys(const std::string& dataDirectory, const std::vector<core::TrustedKey>& keys, std::string& error) {
    std::error_code ec;
    if (fs::create_directory(fs::u8path(dataDirectory), ec)) {
        fs::permissions(fs::u8path(dataDirectory), fs::perms::owner_all, ec);  // a directory we made: the team's alone
    } else if (ec) {
        error = "cannot create " + dataDirectory + ": " + ec.message();
        return false;
    }
    const FileWritten written = replaceWholeFile(trustedKeysPath(dataDirectory), core::trustedKeysText(keys), Readers::Owner);
    if (!written.ok) error = written.error;
    return written.ok;
}

bool writeNewPrivateFile(const std::string& path, const std::string& text, std::string& error) {
    const FileWritten written = createWholeFile(path, text, Readers::Owner);
    if (!written.ok) error = written.error;
    return written.ok;
}

bool writeNewFile(const std::string& path, const std::string& text, std::string& error) {
    const FileWritten written = createWholeFile(path, text, Readers::Everyone);
    if (!written.ok) error = written.error;
    return written.ok;
}

} // namespace io
