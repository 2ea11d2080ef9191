// A text walk-through of one person's path: every screen they would see, in order, as
// plain text, for `repere explain` and for tests that assert whole paths. It drives the
// real reducer (apply) with the taps that person would make, so it shows exactly what
// the kiosk would; it never draws and records nothing (the kiosk runs in demo mode).
#pragma once
#include <string>
#include <vector>

#include "core/kiosk/kiosk.h"

namespace core {

// "Q.A,Q.A,…" (question id, answer id) to answer references, in the order given. On an
// unknown question or answer id, or a malformed item, `error` says which and `answers`
// is empty.
struct AnswerList {
    std::vector<AnswerRef> answers;
    std::string error;
};
AnswerList parseAnswerList(const Content& content, const std::string& list);

// The screens a person who gives `answers` (and skips every other question on their
// path) sees in `language`: the questions asked, any emergency screen with its numbers,
// the results (levels, card titles, contacts) and the take-away text. Answers to
// questions their path never asks are listed at the end. `settings` give the region and
// the stand description.
std::string walkThrough(const Content& content, const std::vector<AnswerRef>& answers, LanguageIndex language,
                        KioskSettings settings = {});

} // namespace core
