// One question: progress, the question, full-width answers (check boxes and "next" for a
// multiple-choice question), "prefer not to say", back.
#include <algorithm>

#include "core/kiosk/screen_choices.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {

void progressBar(const core::Kiosk& k, UiContext& ui) {
    const core::Progress p = k.person.session.progress();
    std::string label = core::fillPlaceholder(uiText(k, "progress"), "n", std::to_string(p.position));
    label = core::fillPlaceholder(label, "total", std::to_string(p.total));
    paragraph(ui.fonts.small, label, palette().textMuted);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float h = std::max(6.f, 10.f * ui.metrics.unit);
    const float done = p.total > 0 ? static_cast<float>(p.position - 1) / static_cast<float>(p.total) : 0.f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    fillRoundedRect(draw, at, {at.x + width, at.y + h}, palette().surface, h / 2);
    fillRoundedRect(draw, at, {at.x + std::max(h, width * done), at.y + h}, palette().primary, h / 2);
    ImGui::Dummy(ImVec2(width, h));
}

} // namespace

void drawQuestion(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const core::Question& q = k.content->questions[static_cast<size_t>(k.person.session.currentQuestion())];
    const core::LanguageIndex lang = k.language();
    const bool toggles = core::waitsForContinue(k);
    topBar(k, ui, out);
    beginContent(ui, "question-" + q.id, bottomBarHeight(ui));
    progressBar(k, ui);
    gap(ui);
    paragraph(ui.fonts.title, q.text.in(lang), palette().text);
    if (!q.help.empty()) paragraph(ui.fonts.body, q.help.in(lang), palette().textMuted);
    if (toggles) paragraph(ui.fonts.body, uiText(k, "choose_several"), palette().textMuted);
    gap(ui);
    const core::ScreenActions table = core::screenActions(k);
    for (const core::Choice& c : table.choices) {
        const bool skip = c.kind == core::ChoiceKind::Skip;
        if (skip) gap(ui, 0.5f);
        bool tapped = false;
        if (skip) tapped = button(ui, c.id, c.label, 0, c.selected ? ButtonStyle::Selected : ButtonStyle::Quiet);
        else if (toggles) tapped = toggle(ui, c.id, c.label, c.selected);
        else tapped = button(ui, c.id, c.label, 0, c.selected ? ButtonStyle::Selected : ButtonStyle::Normal);
        if (tapped) out.push_back(c.action);
    }
    endContent(ui);
    moreBelowSign(ui, uiText(k, "more_answers"), bottomBar(ui, out, table.back, table.main));
}

} // namespace ui
