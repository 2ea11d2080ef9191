// See take_away_choices.h.
#include "core/kiosk/take_away_choices.h"

#include <algorithm>

namespace core {

void rebuildTakeAway(Kiosk& k) {
    if (!k.person.result) return;
    k.person.takeAway = buildTakeAway(*k.content, *k.person.result, k.language(), k.person.takeAwayChoices);
}

void toggleTakeAwayLine(Kiosk& k, const TakeAwayLineId& line) {
    if (!k.person.takeAway) return;
    const auto& lines = k.person.takeAway->lines;
    if (std::none_of(lines.begin(), lines.end(), [&](const TakeAwayLine& l) { return l.id == line; })) return;
    auto& unticked = k.person.takeAwayChoices.unticked;
    const auto at = std::find(unticked.begin(), unticked.end(), line);
    if (at == unticked.end()) unticked.push_back(line);
    else unticked.erase(at);
    rebuildTakeAway(k);
}

} // namespace core
