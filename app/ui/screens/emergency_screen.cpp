// Emergency: a crisis answer stopped the questionnaire. The crisis card's title, its
// right number first with 112 beside it, two or three lines of what to do in the next
// minutes, the team at this stand and how to find them; then back to the question, on
// with the questionnaire, or stop here. What the buttons do is core::emergencyButtons.
#include <algorithm>

#include "core/assessment/contact_kind.h"
#include "core/assessment/emergency.h"
#include "core/kiosk/help_now.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {

// The lines to call, one row each: the number large (the right one first, in the crisis
// colour), what it is beside it.
void emergencyNumbers(const core::Kiosk& k, UiContext& ui, const std::vector<int>& lines) {
    const core::Content& c = *k.content;
    ImFont* big = ui.fonts.title;
    float numberWidth = 0;
    for (int s : lines) {
        const std::string number = core::contactNumber(c, c.services[static_cast<size_t>(s)], k.language());
        numberWidth = std::max(numberWidth, big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, number.c_str()).x);
    }
    const Card card = beginCard(ui);
    for (size_t i = 0; i < lines.size(); ++i) {
        const core::Service& service = c.services[static_cast<size_t>(lines[i])];
        const float x = ImGui::GetCursorPosX();
        paragraph(big, core::contactNumber(c, service, k.language()), i == 0 ? palette().crisis : palette().text);
        ImGui::SameLine(x + numberWidth + ui.metrics.gap * 1.5f);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (big->FontSize - ui.fonts.body->FontSize) * 0.6f);
        paragraph(ui.fonts.body, service.name.in(k.language()), palette().text);
    }
    endCard(ui, card, palette().crisisSurface, palette().crisis);
}

} // namespace

// The team at this stand, and the stand's own description when the team gave one.
void teamAtStand(const core::Kiosk& k, UiContext& ui) {
    paragraph(ui.fonts.bold, uiText(k, "team_at_stand"), palette().primary);
    if (!k.settings.standDescription.empty()) {
        paragraph(ui.fonts.body, core::fillPlaceholder(uiText(k, "stand_description"), "detail", k.settings.standDescription),
                  palette().text);
    }
}

void drawEmergency(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const core::Content& c = *k.content;
    const core::Advice& card = c.advice[static_cast<size_t>(k.person.emergency->card)];
    const core::LanguageIndex lang = k.language();
    topBar(k, ui, out);
    beginContent(ui, "emergency-" + card.id, bottomBarHeight(ui));
    paragraph(ui.fonts.title, card.title.in(lang), palette().crisis);
    emergencyNumbers(k, ui, core::emergencyLines(card));
    paragraph(ui.fonts.bold, uiText(k, "emergency_next_minutes"), palette().text);
    for (const core::Text& line : card.nextMinutes) paragraph(ui.fonts.body, "→  " + line.in(lang), palette().text);
    gap(ui, 0.5f);
    teamAtStand(k, ui);
    gap(ui);
    if (button(ui, "emergency-end", uiText(k, "emergency_end"), 0, ButtonStyle::Quiet)) out.push_back(core::action::EndSession{});
    endContent(ui);
    const core::ScreenActions table = core::screenActions(k);
    bottomBar(ui, out, table.back, table.main);
}

} // namespace ui
