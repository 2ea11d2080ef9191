// End: one-tap "was this useful?", the team line, and a restart. Answers are already gone.
#include <algorithm>

#include "core/kiosk/screen_choices.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void drawEnd(const core::Kiosk& k, UiContext& ui, Actions& out) {
    topBar(k, ui, out);
    beginContent(ui, "end", bottomBarHeight(ui));
    paragraph(ui.fonts.title, uiText(k, "end_title"), palette().text);
    gap(ui);
    const std::vector<core::Choice> ratings = core::screenChoices(k);  // yes, a bit, no
    if (!ratings.empty()) {
        paragraph(ui.fonts.body, uiText(k, "useful_question"), palette().text);
        const float n = static_cast<float>(ratings.size());
        const float width = (ImGui::GetContentRegionAvail().x - (n - 1) * ui.metrics.gap) / n;
        for (size_t i = 0; i < ratings.size(); ++i) {
            if (i > 0) ImGui::SameLine();
            if (button(ui, ratings[i].id, ratings[i].label, width)) out.push_back(ratings[i].action);
        }
    } else {
        paragraph(ui.fonts.body, uiText(k, "useful_thanks"), palette().primary);
    }
    gap(ui);
    talkToTeam(k, ui);
    endContent(ui);
    const core::ScreenActions table = core::screenActions(k);
    bottomBar(ui, out, table.back, table.main);
}

} // namespace ui
