// Results: the crisis banner first when raised, then one tile per domain (icon, colour
// and word for the level), each opening that domain's advice.
#include <algorithm>

#include "core/assessment/contact_kind.h"
#include "core/kiosk/screen_choices.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {

struct TileText {
    std::string level, name, summary;
};

float textHeight(ImFont* f, const std::string& s, float wrap) {
    return f->CalcTextSizeA(f->FontSize, FLT_MAX, wrap, s.c_str()).y;
}

bool domainTile(UiContext& ui, const std::string& id, const TileText& t, int level, float width, float height) {
    const Metrics& m = ui.metrics;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 max{pos.x + width, pos.y + height};
    const bool tapped = tapArea(ui, id, pos, max);
    const bool held = !ui.tapsBlocked && ui.touch.heldOn(pos, max);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 colour = levelColour(level);
    fillRoundedRect(draw, pos, max, held ? palette().surfacePressed : palette().surface, m.rounding);
    fillRoundedRect(draw, pos, {pos.x + 10 * m.unit, max.y}, colour, m.rounding, ImDrawFlags_RoundCornersLeft);
    const float pad = m.gap * 1.2f;
    const float iconR = ui.fonts.bold->FontSize * 0.45f;
    float x = pos.x + pad + 10 * m.unit, y = pos.y + pad;
    levelIcon(draw, {x + iconR, y + ui.fonts.bold->FontSize * 0.5f}, iconR, level, colour);
    draw->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, {x + iconR * 2 + m.gap * 0.6f, y}, colour, t.level.c_str());
    y += ui.fonts.bold->FontSize + m.gap * 0.4f;
    const float wrap = width - 2 * pad - 10 * m.unit;
    draw->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, {x, y}, palette().text, t.name.c_str(), nullptr, wrap);
    y += textHeight(ui.fonts.bold, t.name, wrap) + m.gap * 0.3f;
    draw->AddText(ui.fonts.small, ui.fonts.small->FontSize, {x, y}, palette().textMuted, t.summary.c_str(), nullptr, wrap);
    ImGui::Dummy(ImVec2(width, height));
    return tapped;
}

} // namespace

void crisisBanner(const core::Kiosk& k, UiContext& ui) {
    const core::Content& c = *k.content;
    const core::Result& r = *k.person.result;
    const Card card = beginCard(ui);
    paragraph(ui.fonts.title, uiText(k, "crisis_title"), palette().crisis);
    paragraph(ui.fonts.body, uiText(k, "crisis_body"), palette().text);
    // One line per line to call: the number large, what it is beside it.
    const float numberWidth = ui.fonts.title->CalcTextSizeA(ui.fonts.title->FontSize, FLT_MAX, 0, "SMS 116 006").x;
    for (int s : r.crisisServices(c)) {
        const core::Service& service = c.services[static_cast<size_t>(s)];
        const std::string number = core::contactNumber(c, service, k.language());
        const float x = ImGui::GetCursorPosX();
        paragraph(ui.fonts.title, number, palette().text);
        ImGui::SameLine(x + numberWidth + ui.metrics.gap);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (ui.fonts.title->FontSize - ui.fonts.body->FontSize) * 0.6f);
        paragraph(ui.fonts.body, service.name.in(k.language()), palette().text);
    }
    endCard(ui, card, palette().crisisSurface, palette().crisis);
}

void drawResults(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const core::Content& c = *k.content;
    const core::Result& r = *k.person.result;
    const core::LanguageIndex lang = k.language();
    topBar(k, ui, out);
    beginContent(ui, "results", bottomBarHeight(ui));
    paragraph(ui.fonts.title, uiText(k, "results_title"), palette().text);
    if (r.crisis) crisisBanner(k, ui);
    paragraph(ui.fonts.body, uiText(k, "results_intro"), palette().textMuted);
    gap(ui, 0.5f);

    const float avail = ImGui::GetContentRegionAvail().x;
    const int columns = avail > 1000 * ui.metrics.unit ? 2 : 1;
    const float width = (avail - ui.metrics.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    std::vector<TileText> texts;
    float height = ui.metrics.target * 1.5f;
    const float wrap = width - ui.metrics.gap * 2.4f - 10 * ui.metrics.unit;
    for (const auto& d : r.domains) {
        const core::Domain& domain = c.domains[static_cast<size_t>(d.domain)];
        TileText t{d.level ? c.levels[static_cast<size_t>(*d.level)].name.in(lang) : uiText(k, "level_not_assessed"),
                   domain.name.in(lang), domain.summary.in(lang) + "  ·  " + uiText(k, "open_advice")};
        height = std::max(height, ui.metrics.gap * 3.6f + ui.fonts.bold->FontSize + textHeight(ui.fonts.bold, t.name, wrap) +
                                      textHeight(ui.fonts.small, t.summary, wrap));
        texts.push_back(std::move(t));
    }
    const core::ScreenActions table = core::screenActions(k);
    int drawn = 0;
    for (const core::Choice& tile : table.choices) {
        if (tile.kind != core::ChoiceKind::DomainTile) continue;
        const auto at = static_cast<size_t>(tile.resultIndex);
        if (columns == 2 && drawn++ % 2 == 1) ImGui::SameLine();
        if (domainTile(ui, tile.id, texts[at], r.domains[at].level.value_or(-1), width, height)) out.push_back(tile.action);
    }
    gap(ui);
    talkToTeam(k, ui);
    gap(ui, 0.5f);
    // The take-away is offered here too, for someone who wants to leave with it now.
    if (button(ui, "results-take-away", uiText(k, "take_away"), 0, ButtonStyle::Normal)) out.push_back(core::action::ShowTakeAway{});
    endContent(ui);
    bottomBar(ui, out, table.back, table.main);
}

} // namespace ui
