// End: one-tap "was this useful?", the team line, and a restart. Answers are already gone.
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void drawEnd(const core::Kiosk& k, UiContext& ui, Actions& out) {
    topBar(k, ui, out);
    beginContent(ui, "end", bottomBarHeight(ui));
    paragraph(ui.fonts.title, uiText(k, "end_title"), palette().text);
    gap(ui);
    if (!k.person.usefulRating) {
        paragraph(ui.fonts.body, uiText(k, "useful_question"), palette().text);
        const float width = (ImGui::GetContentRegionAvail().x - 2 * ui.metrics.gap) / 3;
        const char* labels[] = {"useful_yes", "useful_somewhat", "useful_no"};
        for (int i = 0; i < 3; ++i) {
            if (i > 0) ImGui::SameLine();
            if (button(ui, std::string("useful-") + std::to_string(2 - i), uiText(k, labels[i]), width)) {
                out.push_back(core::action::RateUseful{2 - i});
            }
        }
    } else {
        paragraph(ui.fonts.body, uiText(k, "useful_thanks"), palette().primary);
    }
    gap(ui);
    talkToTeam(k, ui);
    endContent(ui);
    bottomBar(k, ui, out, false, "restart", uiText(k, "restart"), core::action::Restart{});
}

} // namespace ui
