// Services for the person's needs, national first; a notice when the directory holds
// sample entries; the way to the take-away and to the end.
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void serviceCard(const core::Kiosk& k, UiContext& ui, const core::Service& s) {
    const Metrics& m = ui.metrics;
    const core::LanguageIndex lang = k.language();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::SetCursorScreenPos({start.x + m.gap * 1.2f, start.y + m.gap});
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2.4f * m.gap);
    paragraph(ui.fonts.bold, s.name.in(lang), palette().text);
    paragraph(ui.fonts.small, s.description.in(lang), palette().textMuted);
    if (!s.phone.empty()) paragraph(ui.fonts.title, s.phone, palette().primary);
    if (!s.sms.empty()) paragraph(ui.fonts.body, uiText(k, "sms") + " " + s.sms, palette().text);
    paragraph(ui.fonts.body, uiText(k, "hours") + " " + s.hours.in(lang), palette().text);
    paragraph(ui.fonts.small, s.address.empty() ? uiText(k, "phone_only") : s.address.in(lang), palette().textMuted);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + m.gap;
    draw->ChannelsSetCurrent(0);
    fillRoundedRect(draw, start, {start.x + width, bottom}, palette().surface, m.rounding);
    if (s.sample) draw->AddRect(start, {start.x + width, bottom}, palette().demo, m.rounding, 0, 2 * m.unit);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos({start.x, bottom + m.gap * 0.2f});
    ImGui::Dummy(ImVec2(width, 1));
}

void drawServices(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const core::Content& c = *k.content;
    const core::Result& r = *k.result;
    topBar(k, ui, out);
    beginContent(ui, "services", bottomBarHeight(ui));
    paragraph(ui.fonts.title, uiText(k, "services_title"), palette().text);
    paragraph(ui.fonts.body, uiText(k, "services_intro"), palette().textMuted);
    bool sampleShown = false;
    for (int s : r.services) sampleShown |= c.services[static_cast<size_t>(s)].sample;
    if (sampleShown) paragraph(ui.fonts.bold, uiText(k, "sample_notice"), palette().demo);
    gap(ui, 0.5f);
    for (int s : r.services) serviceCard(k, ui, c.services[static_cast<size_t>(s)]);
    gap(ui);
    talkToTeam(k, ui);
    gap(ui);
    if (button(ui, "finish", uiText(k, "finish"), 0, ButtonStyle::Normal)) out.push_back(core::action::Finish{});
    endContent(ui);
    bottomBar(k, ui, out, true, "take-away", uiText(k, "take_away"), core::action::ShowTakeAway{});
}

} // namespace ui
