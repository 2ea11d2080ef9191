// The emergency screen a crisis answer opens: which crisis card speaks for that answer,
// and the numbers the screen leads with. The content decides both (the card's
// `emergency`, `contacts` and `next_minutes`); this file only finds them.
#pragma once
#include <optional>
#include <vector>

#include "core/model/content.h"

namespace core {

// How many of the card's contacts the emergency screen shows: the right number first,
// then the general emergency number (112) beside it, as the content orders them.
constexpr size_t kEmergencyScreenLines = 2;

// The crisis card for crisis answer `answer`: of the crisis cards whose condition names
// it, the one of highest priority (the first in the file on a tie); else a crisis card
// without a condition. None when the answer is not a crisis answer or no card speaks for
// it (the validator refuses such content).
std::optional<int> emergencyCardFor(const Content& content, const AnswerRef& answer);

// The lines the emergency screen shows for `card`: its first kEmergencyScreenLines contacts.
std::vector<int> emergencyLines(const Advice& card);

} // namespace core
