// On-screen keyboard for the event label.
#include "ui/label_keyboard.h"

#include <algorithm>
#include <cmath>

#include "core/team/event_label.h"
#include "ui/widgets.h"

namespace ui {
namespace {

constexpr size_t kKeysAcross = 10;  // the widest row (core::eventLabelKeyRows)

Actions::value_type team(core::TeamAction a) { return core::action::Team{std::move(a)}; }

} // namespace

void labelKeyboard(const core::Kiosk& k, UiContext& ui, float width, Actions& out) {
    // Keys a touch target wide wherever the screen has the room, even past the width asked
    // for (in portrait that cap left them 51 px, 6 mm, on a 720 px wide display); where it
    // has not, the gaps between keys shrink (to 2 px) before the keys do.
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = std::clamp((avail - kKeysAcross * ui.metrics.target) / (kKeysAcross - 1), 2.f, ui.metrics.gap / 2);
    width = std::min(avail, std::max(width, kKeysAcross * (ui.metrics.target + gap)));
    const float key = std::floor((width - gap * (kKeysAcross - 1)) / kKeysAcross);
    const auto rows = core::eventLabelKeyRows(k.team.labelSmallLetters);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {gap, gap});
    for (size_t r = 0; r < rows.size(); ++r) {
        for (size_t c = 0; c < rows[r].size(); ++c) {
            if (c > 0) ImGui::SameLine();
            // Ids by position: the same key whatever its case.
            const std::string id = "label-key-" + std::to_string(r) + "-" + std::to_string(c);
            if (button(ui, id, rows[r][c], key, ButtonStyle::Normal, ui.fonts.bold)) {
                out.push_back(team(core::team::TypeLabel{rows[r][c]}));
            }
        }
    }
    const char* caseKey = k.team.labelSmallLetters ? "keyboard_capitals" : "keyboard_small_letters";
    if (button(ui, "label-key-case", uiText(k, caseKey), key * 2 + gap)) out.push_back(team(core::team::SwitchLabelCase{}));
    ImGui::SameLine();
    if (button(ui, "label-key-space", uiText(k, "keyboard_space"), key * 5 + gap * 4)) {
        out.push_back(team(core::team::TypeLabel{" "}));
    }
    ImGui::SameLine();
    if (button(ui, "event-erase", uiText(k, "worker_erase"), key * 3 + gap * 2)) {
        out.push_back(team(core::team::EraseLabel{}));
    }
    ImGui::PopStyleVar();
}

} // namespace ui
