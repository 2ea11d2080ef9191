// The PIN pad in front of the team panel. Digits show as dots; after wrong tries the
// pad says how long to wait. Locked (a store that cannot be used, or a PIN lost on a
// kiosk with a past), it shows no pad: only why, and `repere pin set` as the way.
#include <algorithm>
#include <cmath>

#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void drawTeamPin(const core::Kiosk& k, UiContext& ui, Actions& out, int64_t nowMs) {
    const core::TeamPanel& w = k.team;
    const Metrics& m = ui.metrics;
    beginContent(ui, "worker-pin", bottomBarHeight(ui));
    paragraph(ui.fonts.title, uiText(k, "worker_pin"), palette().text);
    if (w.pinState == core::PinState::StoreUnavailable || w.pinState == core::PinState::LostPin) {
        // Locked: no pad to type on, only the reason and the way out (`repere pin set`),
        // then what the store reports, in the panel's language.
        paragraph(ui.fonts.body, uiText(k, w.message.empty() ? "pin_store_unavailable" : w.message.c_str()), palette().crisis);
        if (!w.storeStatus.empty()) {
            paragraph(ui.fonts.body, core::fillPlaceholder(uiText(k, w.storeStatus.c_str()), "detail", w.storeStatusDetail), palette().textMuted);
        }
        endContent(ui);
        bottomBar(ui, out, std::nullopt, core::screenActions(k, nowMs).exit);
        return;
    }
    const int wait = w.guard.waitSecondsShown(nowMs);
    if (wait > 0) {
        paragraph(ui.fonts.body, core::fillPlaceholder(uiText(k, "pin_wait"), "seconds", std::to_string(wait)),
                  palette().crisis);
    } else if (!w.message.empty()) {
        paragraph(ui.fonts.body, uiText(k, w.message.c_str()), w.message == "pin_wrong" ? palette().crisis : palette().textMuted);
    }
    // Dots, one per digit typed: the digits themselves are never drawn.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float r = ui.fonts.body->FontSize * 0.3f;
    for (size_t i = 0; i < k.person.pinTyped.size(); ++i) {
        ImGui::GetWindowDrawList()->AddCircleFilled({at.x + r + static_cast<float>(i) * r * 3, at.y + r * 2}, r, palette().text);
    }
    ImGui::Dummy(ImVec2(1, r * 4));
    const float width = std::min(ImGui::GetContentRegionAvail().x, 900.f * m.unit);
    const float key = (width - 2 * m.gap) / 3;
    const char* labels[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
    for (int i = 0; i < 9; ++i) {
        if (i % 3) ImGui::SameLine();
        if (button(ui, std::string("pin-") + labels[i], labels[i], key)) out.push_back(core::action::Team{core::team::Digit{i + 1}});
    }
    const core::ScreenActions table = core::screenActions(k, nowMs);
    if (table.back && button(ui, table.back->id, table.back->label, key)) out.push_back(table.back->action);
    ImGui::SameLine();
    if (button(ui, "pin-0", "0", key)) out.push_back(core::action::Team{core::team::Digit{0}});
    ImGui::SameLine();
    if (table.main && button(ui, table.main->id, table.main->label, key, wait > 0 ? ButtonStyle::Quiet : ButtonStyle::Primary)) {
        out.push_back(table.main->action);
    }
    endContent(ui);
    bottomBar(ui, out, std::nullopt, table.exit);
}

} // namespace ui
