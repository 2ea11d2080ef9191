// Take-away: the QR code of the summary, drawn as large as the layout allows (beside the
// list in landscape, above it in portrait; a tap makes it fill the screen's shorter side;
// why larger: docs/take-away-code.md), the check list of what it holds (the screen's
// numbered choices, so keys follow it), a hide button, and small codes that dial a
// contact. Draws what core built.
#include <algorithm>
#include <cmath>

#include "core/assessment/contact_kind.h"
#include "core/assessment/service_hours.h"
#include "core/kiosk/screen_actions.h"
#include "ui/qr_view.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {

// The small codes that dial a contact, in a fixed grid `width` px wide: each code and its
// label share one column, labels wrap inside it.
void drawDialCodes(const core::Kiosk& k, UiContext& ui, ImDrawList* draw, float width) {
    const core::Content& c = *k.content;
    const std::vector<core::DialCode>& codes = k.person.takeAway->dialCodes;
    const Metrics& m = ui.metrics;
    const float count = static_cast<float>(codes.size());
    const float small = std::min((width - m.gap * (count - 1)) / count, 260.f * m.unit);
    const ImVec2 row = ImGui::GetCursorScreenPos();
    float bottom = row.y;
    for (size_t i = 0; i < codes.size(); ++i) {
        const core::DialCode& d = codes[i];
        const ImVec2 at{row.x + static_cast<float>(i) * (small + m.gap), row.y};
        const float drawn = drawQr(draw, at, d.qr, small);
        ImGui::SetCursorScreenPos({at.x, at.y + drawn + m.gap * 0.3f});
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + small);
        const core::Service& s = c.services[static_cast<size_t>(d.service)];
        paragraph(ui.fonts.small, core::dialLabel(c, s, k.language()), palette().text);
        // On the screen only, never on the code: the code is read later.
        const std::string now = core::takeAwayOpenNote(c, s, k.person.result ? k.person.result->at : std::nullopt, k.language());
        if (!now.empty()) paragraph(ui.fonts.small, now, palette().textMuted);
        ImGui::PopTextWrapPos();
        bottom = std::max(bottom, ImGui::GetCursorScreenPos().y);
    }
    ImGui::SetCursorScreenPos({row.x, bottom});
    ImGui::Dummy(ImVec2(width, 1));
}

// A line's check box label: the line word for word as on the code, then what the screen
// adds (the real name a discreet one stands for, "no room on the code").
std::string lineLabel(const core::Kiosk& k, const core::TakeAwayLine& line) {
    std::string label = line.text;
    if (!line.realName.empty()) label += "\n" + core::fillPlaceholder(uiText(k, "takeaway_real_name"), "name", line.realName);
    if (line.ticked && !line.onCode) label += "\n" + uiText(k, "takeaway_no_room");
    return label;
}

// The check list: "numbers only", then each line, from the screen's table of choices.
void drawChoices(const core::Kiosk& k, UiContext& ui, Actions& out, const std::vector<core::Choice>& choices) {
    for (const core::Choice& c : choices) {
        if (c.kind == core::ChoiceKind::NumbersOnly) {
            if (toggle(ui, c.id, c.label, c.selected)) out.push_back(c.action);
            gap(ui, 0.5f);
        } else if (c.kind == core::ChoiceKind::TakeAwayLine) {
            const auto& line = k.person.takeAway->lines[static_cast<size_t>(c.resultIndex)];
            if (toggle(ui, c.id, lineLabel(k, line), c.selected)) out.push_back(c.action);
        }
    }
}

// The text, buttons and check list beside or below the code, in the scrolling area.
void drawList(const core::Kiosk& k, UiContext& ui, Actions& out, const std::vector<core::Choice>& choices) {
    const core::TakeAway& t = *k.person.takeAway;
    paragraph(ui.fonts.title, uiText(k, "takeaway_title"), palette().text);
    paragraph(ui.fonts.body, uiText(k, "takeaway_body"), palette().text);
    paragraph(ui.fonts.small, uiText(k, "takeaway_private"), palette().textMuted);
    gap(ui, 0.5f);
    const bool hidden = k.person.takeAwayHidden;
    if (button(ui, hidden ? "takeaway-show" : "takeaway-hide", uiText(k, hidden ? "takeaway_show" : "takeaway_hide"))) {
        out.push_back(core::action::SetTakeAwayHidden{!hidden});
    }
    gap(ui, 0.5f);
    drawChoices(k, ui, out, choices);
    gap(ui, 0.5f);
    if (!hidden && !t.dialCodes.empty()) drawDialCodes(k, ui, ImGui::GetWindowDrawList(), ImGui::GetContentRegionAvail().x);
}

// The code at `at` in a square of `side` px, a tap on it doing the code's choice; or,
// when hidden, a plain panel.
float drawCode(const core::Kiosk& k, UiContext& ui, Actions& out, ImVec2 at, float side, const std::vector<core::Choice>& choices) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (k.person.takeAwayHidden) {
        fillRoundedRect(draw, at, {at.x + side, at.y + side}, palette().surface, ui.metrics.rounding);
        return side;
    }
    const float drawn = drawQr(draw, at, k.person.takeAway->qr, side);
    for (const core::Choice& c : choices) {
        if (c.kind == core::ChoiceKind::CodeSize && tapArea(ui, c.id, at, {at.x + drawn, at.y + drawn})) out.push_back(c.action);
    }
    return drawn;
}

// The code alone, filling the screen's shorter side (whole pixels a module, so centred
// in that square with what the rounding leaves); quick exit and "back to the list" in the
// space left beside it (landscape) or below it (portrait).
void drawEnlarged(const core::Kiosk& k, UiContext& ui, Actions& out, const core::ScreenActions& table) {
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    const bool portrait = size.y > size.x;
    const float side = std::min(size.x, size.y);
    const core::QrMatrix& qr = k.person.takeAway->qr;
    const float inset = std::floor((side - qrDrawnSide(qr, side)) / 2);
    drawCode(k, ui, out, {pos.x + inset, pos.y + inset}, side - 2 * inset, table.choices);
    const Metrics& m = ui.metrics;
    const ImVec2 rest = portrait ? ImVec2{pos.x + m.margin, pos.y + side + m.gap} : ImVec2{pos.x + side + m.gap, pos.y + m.gap};
    const float width = portrait ? size.x - 2 * m.margin : size.x - side - m.gap - m.margin;
    ImGui::SetCursorScreenPos(rest);
    if (table.exit && button(ui, table.exit->id, table.exit->label, width, ButtonStyle::Exit, ui.fonts.bold)) {
        out.push_back(table.exit->action);
    }
    gap(ui);
    ImGui::SetCursorScreenPos({rest.x, ImGui::GetCursorScreenPos().y});
    if (table.back && button(ui, table.back->id, table.back->label, width, ButtonStyle::Primary)) out.push_back(table.back->action);
}

} // namespace

void drawTakeAway(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const core::ScreenActions table = core::screenActions(k);
    if (k.person.takeAwayEnlarged) { drawEnlarged(k, ui, out, table); return; }
    const Metrics& m = ui.metrics;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float barLeft = topBar(k, ui, out);
    const ImVec2 below = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float bottom = below.y + avail.y - bottomBarHeight(ui);
    const bool portrait = ImGui::GetWindowHeight() > ImGui::GetWindowWidth();
    const core::QrMatrix& qr = k.person.takeAway->qr;
    ImVec2 at = below;
    float side = 0;
    if (portrait) {
        // The full width above the list, which keeps at least a third of the height.
        side = std::min(avail.x, (bottom - below.y) * 0.62f);
        at.x = below.x + std::floor((avail.x - qrDrawnSide(qr, side)) / 2);
    } else {
        // Beside the list, wherever the code comes out larger (every module pixel counts
        // for a phone): from the top, in the bar's empty left part (not when demo mode
        // marks the bar or it needed a second row), or below the bar, which wins when the
        // window is tall for its width (1024x700) and the bar's part is too narrow.
        side = std::min(bottom - below.y, avail.x * 0.55f);
        const bool barFree = !k.settings.demo && below.y - top.y < 2 * m.target;
        const float besideBar = std::min({bottom - top.y, avail.x * 0.55f, barLeft - at.x - m.gap});
        if (barFree && besideBar > 0 && qrDrawnSide(qr, besideBar) >= qrDrawnSide(qr, side)) {
            at.y = top.y;
            side = besideBar;
        }
    }
    const float drawn = drawCode(k, ui, out, at, side, table.choices);
    ImGui::SetCursorScreenPos(portrait ? ImVec2{below.x, at.y + drawn + m.gap} : ImVec2{at.x + drawn + m.gap, below.y});
    beginContent(ui, "take-away", bottomBarHeight(ui));
    drawList(k, ui, out, table.choices);
    endContent(ui);
    bottomBar(ui, out, table.back, table.main);
}

} // namespace ui
