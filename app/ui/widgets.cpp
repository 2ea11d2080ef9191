// Touch widget drawing and registration.
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>

#include <imgui/imgui_internal.h>

namespace ui {
namespace {

struct Colours { ImU32 fill, text, border; };

Colours coloursFor(ButtonStyle style, bool held) {
    const Palette& p = palette();
    switch (style) {
    case ButtonStyle::Primary: return {held ? p.textMuted : p.primary, p.primaryText, p.primary};
    case ButtonStyle::Selected: return {held ? p.surfacePressed : p.selected, p.text, p.text};
    case ButtonStyle::Exit: return {held ? p.surfacePressed : p.exit, p.text, p.exit};
    case ButtonStyle::Quiet: return {held ? p.surfacePressed : p.background, p.text, p.border};
    case ButtonStyle::Help: return {held ? p.surfacePressed : p.crisisSurface, p.text, p.crisis};
    case ButtonStyle::Normal: break;
    }
    return {held ? p.surfacePressed : p.surface, p.text, p.border};
}

ImVec2 clipMin() { return ImGui::GetWindowDrawList()->GetClipRectMin(); }
ImVec2 clipMax() { return ImGui::GetWindowDrawList()->GetClipRectMax(); }

} // namespace

bool tapArea(UiContext& ui, const std::string& id, ImVec2 min, ImVec2 max, bool textFits) {
    const ImVec2 cmin = clipMin(), cmax = clipMax();
    const ImVec2 vmin{std::max(min.x, cmin.x), std::max(min.y, cmin.y)};
    const ImVec2 vmax{std::min(max.x, cmax.x), std::min(max.y, cmax.y)};
    if (vmax.x <= vmin.x || vmax.y <= vmin.y) return false;  // scrolled out of sight
    const bool whole = vmin.x == min.x && vmin.y == min.y && vmax.x == max.x && vmax.y == max.y;
    ui.registry.add({id, vmin, vmax, textFits, whole, min, max});
    return !ui.tapsBlocked && ui.touch.tappedIn(vmin, vmax);
}

float buttonWidth(const UiContext& ui, const std::string& label, ImFont* font) {
    font = font ? font : ui.fonts.body;
    // A short label still makes a button a finger can hit: never narrower than a target.
    return std::max(ui.metrics.target, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str()).x + 2 * ui.metrics.gap + 2);
}

namespace {
std::vector<std::string>* drawnTextLog = nullptr;
} // namespace

void setDrawnTextLog(std::vector<std::string>* log) { drawnTextLog = log; }
void logDrawnText(const std::string& text) {
    if (drawnTextLog) drawnTextLog->push_back(text);
}

namespace {

struct DrawnButton {
    bool tapped = false;
    ImVec2 min, max;
};

// A button whose label is centred in the space right of `inset` (room for a mark).
DrawnButton drawButton(UiContext& ui, const std::string& id, const std::string& label, float width, ButtonStyle style,
                       ImFont* font, float inset) {
    font = font ? font : ui.fonts.body;
    const Metrics& m = ui.metrics;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const float pad = m.gap;
    const float wrap = width - 2 * pad - inset;
    const ImVec2 textSize = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, label.c_str());
    const float height = std::max(m.target, textSize.y + 2 * pad);
    const bool fits = textSize.x <= wrap + 1;
    const ImVec2 max{pos.x + width, pos.y + height};

    const bool tapped = tapArea(ui, id, pos, max, fits);
    const bool held = !ui.tapsBlocked && ui.touch.heldOn(pos, max);
    const Colours c = coloursFor(style, held);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    fillRoundedRect(draw, pos, max, c.fill, m.rounding);
    draw->AddRect(pos, max, c.border, m.rounding, 0, std::max(1.f, 2.f * m.unit));
    const ImVec2 textAt{pos.x + inset + (width - inset - textSize.x) / 2, pos.y + (height - textSize.y) / 2};
    draw->AddText(font, font->FontSize, textAt, c.text, label.c_str(), nullptr, wrap);
    logDrawnText(label);
    ImGui::Dummy(ImVec2(width, height));
    return {tapped, pos, max};
}

// A square box, ticked when on: the shape says "chosen", not the colour alone.
void checkBox(ImDrawList* draw, ImVec2 centre, float size, bool on, ImU32 colour, float thickness) {
    const float h = size / 2;
    draw->AddRect({centre.x - h, centre.y - h}, {centre.x + h, centre.y + h}, colour, size * 0.15f, 0, thickness);
    if (!on) return;
    const ImVec2 tick[] = {{centre.x - h * 0.55f, centre.y}, {centre.x - h * 0.1f, centre.y + h * 0.45f},
                           {centre.x + h * 0.6f, centre.y - h * 0.5f}};
    draw->AddPolyline(tick, 3, colour, ImDrawFlags_None, thickness * 1.5f);
}

} // namespace

bool button(UiContext& ui, const std::string& id, const std::string& label, float width, ButtonStyle style,
            ImFont* font) {
    return drawButton(ui, id, label, width, style, font, 0).tapped;
}

bool toggle(UiContext& ui, const std::string& id, const std::string& label, bool on) {
    const float box = ui.fonts.body->FontSize;
    const float pad = ui.metrics.gap;
    const DrawnButton b = drawButton(ui, id, label, 0, on ? ButtonStyle::Selected : ButtonStyle::Normal, nullptr, box + pad);
    checkBox(ImGui::GetWindowDrawList(), {b.min.x + pad + box / 2, (b.min.y + b.max.y) / 2}, box, on, palette().text,
             std::max(2.f, 3.f * ui.metrics.unit));
    return b.tapped;
}

void paragraph(ImFont* font, const std::string& text, ImU32 colour) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    // Like ImGui::TextWrapped: an enclosing PushTextWrapPos wins, else wrap at the edge.
    const bool wrapSet = ImGui::GetCurrentWindow()->DC.TextWrapPos >= 0.0f;
    if (!wrapSet) ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    logDrawnText(text);
    if (!wrapSet) ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

ImU32 levelColour(int level) {
    const Palette& p = palette();
    switch (level) {
    case 0: return p.levelLow;
    case 1: return p.levelModerate;
    case 2: return p.levelHigh;
    default: return p.levelNone;
    }
}

// A ring whose segments share their vertices: ImGui's outline without anti-aliasing draws
// each segment as a quad of its own, and the software renderer left gaps between them.
static void ring(ImDrawList* draw, ImVec2 c, float outer, float inner, ImU32 colour, int segments) {
    draw->PrimReserve(segments * 6, segments * 2);
    const ImVec2 uv = draw->_Data->TexUvWhitePixel;
    const auto first = static_cast<ImDrawIdx>(draw->_VtxCurrentIdx);
    for (int i = 0; i < segments; ++i) {
        const float a = 2 * IM_PI * static_cast<float>(i) / static_cast<float>(segments);
        draw->PrimWriteVtx({c.x + std::cos(a) * outer, c.y + std::sin(a) * outer}, uv, colour);
        draw->PrimWriteVtx({c.x + std::cos(a) * inner, c.y + std::sin(a) * inner}, uv, colour);
    }
    for (int i = 0; i < segments; ++i) {
        const auto o = static_cast<ImDrawIdx>(first + 2 * i), n = static_cast<ImDrawIdx>(first + 2 * ((i + 1) % segments));
        draw->PrimWriteIdx(o); draw->PrimWriteIdx(static_cast<ImDrawIdx>(o + 1)); draw->PrimWriteIdx(n);
        draw->PrimWriteIdx(n); draw->PrimWriteIdx(static_cast<ImDrawIdx>(o + 1)); draw->PrimWriteIdx(static_cast<ImDrawIdx>(n + 1));
    }
}

void levelIcon(ImDrawList* draw, ImVec2 c, float r, int level, ImU32 colour) {
    switch (level) {
    case 0: draw->AddCircleFilled(c, r, colour, 32); break;
    case 1: draw->AddTriangleFilled({c.x, c.y - r}, {c.x + r, c.y + r * 0.8f}, {c.x - r, c.y + r * 0.8f}, colour); break;
    case 2: draw->AddQuadFilled({c.x, c.y - r}, {c.x + r, c.y}, {c.x, c.y + r}, {c.x - r, c.y}, colour); break;
    default: {
        const float thickness = std::max(2.f, r * 0.2f);
        ring(draw, c, r * 0.85f + thickness / 2, r * 0.85f - thickness / 2, colour, 32);
        break;
    }
    }
}

// The nearest whole pixel; a half goes up from 1/256 px below it, so the noise of fused
// multiply-adds (arm64) cannot tip it either way.
static float wholePixel(float v) { return std::floor(v + 0.5f + 1.f / 256.f); }

void fillRoundedRect(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 colour, float r, ImDrawFlags corners) {
    // On whole pixels: SDL's software renderer fills a two-triangle rectangle from its
    // truncated x and truncated width, so a band from 776.67 to 992 lost column 991 and left
    // a dark line inside a button's rounded corner (seen at 1024x700).
    a = {wholePixel(a.x), wholePixel(a.y)};
    b = {wholePixel(b.x), wholePixel(b.y)};
    r = std::min({std::round(r), std::floor((b.x - a.x) / 2), std::floor((b.y - a.y) / 2)});
    if (r < 1.f) { draw->AddRectFilled(a, b, colour); return; }
    const bool tl = corners & ImDrawFlags_RoundCornersTopLeft, tr = corners & ImDrawFlags_RoundCornersTopRight;
    const bool bl = corners & ImDrawFlags_RoundCornersBottomLeft, br = corners & ImDrawFlags_RoundCornersBottomRight;
    draw->AddRectFilled({a.x, a.y + r}, {b.x, b.y - r}, colour);  // middle band, full width
    draw->AddRectFilled({a.x + (tl ? r : 0), a.y}, {b.x - (tr ? r : 0), a.y + r}, colour);  // top band
    draw->AddRectFilled({a.x + (bl ? r : 0), b.y - r}, {b.x - (br ? r : 0), b.y}, colour);  // bottom band
    const float pi = IM_PI;
    auto corner = [&](bool round, ImVec2 c, float from) {
        if (!round) return;
        draw->PathLineTo(c);
        draw->PathArcTo(c, r, from, from + pi / 2, 8);
        draw->PathFillConvex(colour);
    };
    corner(tl, {a.x + r, a.y + r}, pi);
    corner(tr, {b.x - r, a.y + r}, pi * 1.5f);
    corner(br, {b.x - r, b.y - r}, 0);
    corner(bl, {a.x + r, b.y - r}, pi * 0.5f);
}

Card beginCard(UiContext& ui) {
    Card card{ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail().x, ui.metrics.gap * 1.2f};
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);  // the contents; the panel goes below them once its height is known
    ImGui::SetCursorScreenPos({card.start.x + card.padding, card.start.y + ui.metrics.gap});
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card.width - 2 * card.padding);
    return card;
}

void endCard(UiContext& ui, const Card& card, ImU32 fill, ImU32 border) {
    const Metrics& m = ui.metrics;
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + m.gap;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSetCurrent(0);
    const ImVec2 max{card.start.x + card.width, bottom};
    fillRoundedRect(draw, card.start, max, fill, m.rounding);
    if (border) draw->AddRect(card.start, max, border, m.rounding, 0, std::max(2.f, 3 * m.unit));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos({card.start.x, bottom + m.gap * 0.2f});
    ImGui::Dummy(ImVec2(card.width, 1));
}

void gap(const UiContext& ui, float times) { ImGui::Dummy(ImVec2(1, ui.metrics.gap * times)); }

} // namespace ui

