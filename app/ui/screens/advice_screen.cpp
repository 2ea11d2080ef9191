// A domain's advice cards, most urgent first: title, short text, one next step.
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {

void adviceCard(const core::Kiosk& k, UiContext& ui, const core::Advice& a) {
    const core::LanguageIndex lang = k.language();
    const Card card = beginCard(ui);
    paragraph(ui.fonts.bold, a.title.in(lang), a.crisis ? palette().crisis : palette().text);
    paragraph(ui.fonts.body, a.body.in(lang), palette().text);
    paragraph(ui.fonts.bold, uiText(k, "next_step") + " " + a.step.in(lang), palette().primary);
    endCard(ui, card, a.crisis ? palette().crisisSurface : palette().surface);
}

} // namespace

void drawAdvice(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const core::Content& c = *k.content;
    const core::Result& r = *k.person.result;
    const core::DomainLevel& d = r.domains[static_cast<size_t>(k.person.openDomain)];
    const core::LanguageIndex lang = k.language();
    topBar(k, ui, out);
    beginContent(ui, "advice-" + std::to_string(k.person.openDomain), bottomBarHeight(ui));
    const std::string levelWord = d.level ? c.levels[static_cast<size_t>(*d.level)].name.in(lang) : uiText(k, "level_not_assessed");
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float r0 = ui.fonts.title->FontSize * 0.4f;
    levelIcon(ImGui::GetWindowDrawList(), {at.x + r0, at.y + ui.fonts.title->FontSize * 0.5f}, r0, d.level.value_or(-1),
              levelColour(d.level.value_or(-1)));
    ImGui::SetCursorScreenPos({at.x + r0 * 2.6f, at.y});
    ImGui::BeginGroup();
    paragraph(ui.fonts.title, c.domains[static_cast<size_t>(k.person.openDomain)].name.in(lang) + " — " + levelWord, palette().text);
    ImGui::EndGroup();
    paragraph(ui.fonts.body, uiText(k, "advice_title"), palette().textMuted);
    gap(ui, 0.5f);
    const auto cards = r.adviceFor(c, k.person.openDomain);
    if (cards.empty()) paragraph(ui.fonts.body, uiText(k, "advice_none"), palette().text);
    for (int a : cards) adviceCard(k, ui, c.advice[static_cast<size_t>(a)]);
    gap(ui);
    talkToTeam(k, ui);
    endContent(ui);
    const core::ScreenActions table = core::screenActions(k);
    bottomBar(ui, out, table.back, table.main);
}

} // namespace ui
