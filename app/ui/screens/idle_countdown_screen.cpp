// Idle countdown: the "still there?" panel over any screen before the kiosk wipes itself,
// with the one button that keeps the session.
#include <algorithm>

#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void drawIdleCountdown(const core::Kiosk& k, UiContext& ui, Actions& out, int secondsLeft) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0xE8));
    ImGui::Begin("idle", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    const float width = std::min(vp->Size.x - 4 * ui.metrics.margin, 1100.f * ui.metrics.unit);
    const ImVec2 panel{vp->Pos.x + (vp->Size.x - width) / 2, vp->Pos.y + vp->Size.y * 0.22f};
    const float pad = ui.metrics.margin;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos({panel.x + pad, panel.y + pad});
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    paragraph(ui.fonts.title, uiText(k, "idle_title"), palette().text);
    paragraph(ui.fonts.body, core::fillPlaceholder(uiText(k, "idle_body"), "seconds", std::to_string(secondsLeft)), palette().text);
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(1, ui.metrics.gap));
    // The overlay takes taps even though the screen below blocks them.
    const bool blocked = ui.tapsBlocked;
    ui.tapsBlocked = false;
    if (button(ui, "still-here", uiText(k, "idle_stay"), width, ButtonStyle::Primary, ui.fonts.bold)) {
        out.push_back(core::action::StillHere{});
    }
    ui.tapsBlocked = blocked;
    ImGui::EndGroup();
    const ImVec2 end = ImGui::GetItemRectMax();
    draw->ChannelsSetCurrent(0);
    fillRoundedRect(draw, panel, {panel.x + width + 2 * pad, end.y + pad}, palette().surface, ui.metrics.rounding);
    draw->AddRect(panel, {panel.x + width + 2 * pad, end.y + pad}, palette().primary, ui.metrics.rounding, 0, 3 * ui.metrics.unit);
    draw->ChannelsMerge();
    ImGui::End();
    ImGui::PopStyleColor();
}

} // namespace ui
