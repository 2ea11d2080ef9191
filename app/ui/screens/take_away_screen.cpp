// Take-away: the QR code of the summary, a hide button, and small codes that dial a
// contact. Draws squares from the matrices built in core; encodes nothing itself.
#include <algorithm>
#include <cmath>

#include "core/assessment/contact_kind.h"
#include "core/assessment/service_hours.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {

// Draws `qr` with its quiet zone in a square of at most `side` px; returns the side used.
float drawQr(ImDrawList* draw, ImVec2 at, const core::QrMatrix& qr, float side) {
    const int modules = qr.size + 2 * core::kQrQuietZone;
    const float px = std::max(1.f, std::floor(side / static_cast<float>(modules)));
    const float total = px * static_cast<float>(modules);
    draw->AddRectFilled(at, {at.x + total, at.y + total}, IM_COL32_WHITE);
    const float origin = px * core::kQrQuietZone;
    for (int y = 0; y < qr.size; ++y) {
        for (int x = 0; x < qr.size; ++x) {
            if (!qr.at(x, y)) continue;
            const ImVec2 a{at.x + origin + px * static_cast<float>(x), at.y + origin + px * static_cast<float>(y)};
            draw->AddRectFilled(a, {a.x + px, a.y + px}, IM_COL32_BLACK);
        }
    }
    return total;
}

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
        const std::string now = core::takeAwayOpenNote(c, s, k.person.result ? k.person.result->at : std::nullopt, k.language());
        if (!now.empty()) paragraph(ui.fonts.small, now, palette().textMuted);
        ImGui::PopTextWrapPos();
        bottom = std::max(bottom, ImGui::GetCursorScreenPos().y);
    }
    ImGui::SetCursorScreenPos({row.x, bottom});
    ImGui::Dummy(ImVec2(width, 1));
}

} // namespace

void drawTakeAway(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const core::TakeAway& t = *k.person.takeAway;
    const Metrics& m = ui.metrics;
    topBar(k, ui, out);
    beginContent(ui, "take-away", bottomBarHeight(ui));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float avail = ImGui::GetContentRegionAvail().x;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float visibleHeight = ImGui::GetWindowHeight() - m.gap;
    // The code takes the left part; at least ~4 px per module at 1080p.
    const float side = std::min(avail * 0.5f, std::max(visibleHeight - m.gap, 500.f * m.unit));
    float used = side;
    if (!k.person.takeAwayHidden) {
        used = drawQr(draw, start, t.qr, side);
    } else {
        fillRoundedRect(draw, start, {start.x + side, start.y + side}, palette().surface, m.rounding);
    }
    ImGui::SetCursorScreenPos({start.x + used + m.gap * 2, start.y});
    ImGui::BeginGroup();
    const float columnWidth = avail - used - m.gap * 2;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + columnWidth);
    paragraph(ui.fonts.title, uiText(k, "takeaway_title"), palette().text);
    paragraph(ui.fonts.body, uiText(k, "takeaway_body"), palette().text);
    paragraph(ui.fonts.small, uiText(k, "takeaway_private"), palette().textMuted);
    ImGui::PopTextWrapPos();
    gap(ui, 0.5f);
    if (k.person.takeAwayHidden) {
        if (button(ui, "takeaway-show", uiText(k, "takeaway_show"), columnWidth, ButtonStyle::Normal)) {
            out.push_back(core::action::SetTakeAwayHidden{false});
        }
    } else if (button(ui, "takeaway-hide", uiText(k, "takeaway_hide"), columnWidth, ButtonStyle::Normal)) {
        out.push_back(core::action::SetTakeAwayHidden{true});
    }
    gap(ui, 0.5f);
    if (!k.person.takeAwayHidden && !t.dialCodes.empty()) drawDialCodes(k, ui, draw, columnWidth);
    ImGui::EndGroup();
    const float bottom = std::max(start.y + used, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos({start.x, bottom + m.gap});
    ImGui::Dummy(ImVec2(avail, 1));
    endContent(ui);
    const core::ScreenActions table = core::screenActions(k);
    bottomBar(ui, out, table.back, table.main);
}

} // namespace ui
