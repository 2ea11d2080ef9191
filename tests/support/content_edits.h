// A changed copy of the shipped content, as a team preparing a pack would make it (a
// number changed, a service removed, a card added), and signed packs of a directory:
// for the tests of what a pack changes and of applying one from the panel.
#pragma once
#include <string>

#include "core/content/pack_keys.h"

namespace testing {

// A copy of the shipped questionnaires/ in a fresh directory `name`.
std::string copyOfShippedContent(const std::string& name);
// The first `from` in `file` replaced by `to` (the test fails when there is none).
void replaceOnce(const std::string& file, const std::string& from, const std::string& to);
// The [[service]] whose id is `id` removed from a services.toml.
void removeService(const std::string& file, const std::string& id);
// The advice.toml's last card again, under the id `id`.
void addCard(const std::string& file, const std::string& id);
// Every content file of `dir` as one pack signed with `key`, dated 2026-12-01.
std::string packOf(const std::string& dir, const core::PackSecretKey& key, const std::string& note);

} // namespace testing
