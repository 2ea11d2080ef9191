// One question: progress, the question, full-width answers, "prefer not to say", back.
#include <algorithm>

#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {

void progressBar(const core::Kiosk& k, UiContext& ui) {
    const core::Progress p = k.person.session.progress();
    std::string label = core::fillPlaceholder(uiText(k, "progress"), "n", std::to_string(p.position));
    label = core::fillPlaceholder(label, "total", std::to_string(p.expectedTotal));
    paragraph(ui.fonts.small, label, palette().textMuted);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float h = std::max(6.f, 10.f * ui.metrics.unit);
    const float done = p.expectedTotal > 0 ? static_cast<float>(p.position - 1) / static_cast<float>(p.expectedTotal) : 0.f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    fillRoundedRect(draw, at, {at.x + width, at.y + h}, palette().surface, h / 2);
    fillRoundedRect(draw, at, {at.x + std::max(h, width * done), at.y + h}, palette().primary, h / 2);
    ImGui::Dummy(ImVec2(width, h));
}

} // namespace

void drawQuestion(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const int qi = k.person.session.currentQuestion();
    const core::Question& q = k.content->questions[static_cast<size_t>(qi)];
    const core::LanguageIndex lang = k.language();
    topBar(k, ui, out);
    beginContent(ui, "question-" + q.id, bottomBarHeight(ui));
    progressBar(k, ui);
    gap(ui);
    paragraph(ui.fonts.title, q.text.in(lang), palette().text);
    if (!q.help.empty()) paragraph(ui.fonts.body, q.help.in(lang), palette().textMuted);
    gap(ui);
    const int given = k.person.session.currentAnswer();
    for (size_t a = 0; a < q.answers.size(); ++a) {
        const auto style = given == static_cast<int>(a) ? ButtonStyle::Selected : ButtonStyle::Normal;
        const std::string label = std::to_string(a + 1) + "   " + q.answers[a].text.in(lang);
        if (button(ui, "answer-" + q.answers[a].id, label, 0, style)) out.push_back(core::action::Answer{static_cast<int>(a)});
    }
    gap(ui, 0.5f);
    const auto skipStyle = given == core::kPreferNotToSay ? ButtonStyle::Selected : ButtonStyle::Quiet;
    const std::string skipLabel = std::to_string(q.answers.size() + 1) + "   " + uiText(k, "prefer_not_to_say");
    if (button(ui, "answer-skip", skipLabel, 0, skipStyle)) out.push_back(core::action::Skip{});
    endContent(ui);
    bottomBar(k, ui, out, true, nullptr, "", core::action::Back{});
}

} // namespace ui
