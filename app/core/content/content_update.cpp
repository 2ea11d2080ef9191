// Pack offers as the team panel lists them (see content_update.h).
#include "core/content/content_update.h"

#include "core/model/diagnostic.h"

namespace core {

std::string noteLine(const std::string& note) {
    std::string line;
    for (char c : note) line += c == '\n' ? std::string(" / ") : std::string(1, c);
    return escapeControls(line);
}

bool isPackFileName(const std::string& name) {
    const std::string ending = kPackFileEnding;
    return !name.empty() && name[0] != '.' && name.size() > ending.size() &&
           name.compare(name.size() - ending.size(), ending.size(), ending) == 0;
}

PackOffer describePack(std::string path, std::string drive, const std::string& fileName, const PackReading& reading,
                       const std::vector<TrustedKey>& trusted, const std::string& readProblem) {
    PackOffer offer;
    offer.path = std::move(path);
    offer.drive = std::move(drive);
    offer.fileName = escapeControls(fileName);
    if (!readProblem.empty()) {
        offer.problem = {"pack_read_failed", offer.fileName};
        return offer;
    }
    if (reading.signer) offer.fingerprint = fingerprint(*reading.signer);
    if (!reading.pack) {
        // No key named: not a pack at all; a key named but no pack: changed or damaged since signing.
        offer.problem = reading.signer ? PackProblem{"pack_broken", offer.fingerprint} : PackProblem{"pack_not_a_pack", ""};
        return offer;
    }
    offer.date = escapeControls(reading.pack->date);
    offer.note = noteLine(reading.pack->note);
    const auto found = findTrusted(trusted, *reading.signer);
    if (!found) {
        offer.problem = {"pack_untrusted", offer.fingerprint};
        return offer;
    }
    offer.signerName = escapeControls(trusted[*found].name);
    return offer;
}

} // namespace core
