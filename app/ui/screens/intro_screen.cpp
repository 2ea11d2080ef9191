// Intro: the three things to know before the first question.
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void drawIntro(const core::Kiosk& k, UiContext& ui, Actions& out) {
    topBar(k, ui, out);
    beginContent(ui, "intro", bottomBarHeight(ui));
    gap(ui);
    paragraph(ui.fonts.title, uiText(k, "intro_title"), palette().text);
    gap(ui);
    for (const char* id : {"intro_skip", "intro_quick_exit", "intro_time"}) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float r = ui.fonts.body->FontSize * 0.22f;
        ImGui::GetWindowDrawList()->AddCircleFilled({at.x + r, at.y + ui.fonts.body->FontSize * 0.55f}, r, palette().primary);
        ImGui::SetCursorScreenPos({at.x + r * 5, at.y});
        ImGui::BeginGroup();
        paragraph(ui.fonts.body, uiText(k, id), palette().text);
        ImGui::EndGroup();
        gap(ui, 0.5f);
    }
    endContent(ui);
    const core::ScreenActions table = core::screenActions(k);
    bottomBar(ui, out, table.back, table.main);
}

} // namespace ui
