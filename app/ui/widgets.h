// Touch widgets: every one registers a stable id and its on-screen rectangle, activates
// on a tap (release inside, no drag) and never depends on hover.
#pragma once
#include <string>
#include <vector>

#include <imgui/imgui.h>

#include "ui/ui_context.h"

namespace ui {

// Help: "a friend is not well", as visible as quick exit and unlike it (outlined in the
// crisis colour, not filled red).
enum class ButtonStyle { Normal, Primary, Selected, Exit, Quiet, Help };

// A button `width` wide (0 = all the remaining width), at least one touch target high,
// taller if its wrapped label needs it. Returns true when tapped this frame.
// Test seam: while a log is set, every text a widget draws is appended to it, so a test
// can read what a screen showed (the French-panel test looks for English there).
void setDrawnTextLog(std::vector<std::string>* log);
void logDrawnText(const std::string& text);

bool button(UiContext& ui, const std::string& id, const std::string& label, float width = 0,
            ButtonStyle style = ButtonStyle::Normal, ImFont* font = nullptr);

// A full-width button with a check box, ticked when `on`: one answer of a multiple-choice
// question. Returns true when tapped this frame.
bool toggle(UiContext& ui, const std::string& id, const std::string& label, bool on);

// The width a one-line button needs for `label` in `font`.
float buttonWidth(const UiContext& ui, const std::string& label, ImFont* font);

// Wrapped text in the given font and colour, across the remaining width.
void paragraph(ImFont* font, const std::string& text, ImU32 colour);

// A level icon, different in shape for each level (never colour alone):
// 0 circle, 1 triangle, 2 diamond, none = hollow circle.
void levelIcon(ImDrawList* draw, ImVec2 centre, float radius, int level, ImU32 colour);
ImU32 levelColour(int level);

// A one-line, non-interactive tappable area registration, for custom-drawn tiles.
bool tapArea(UiContext& ui, const std::string& id, ImVec2 min, ImVec2 max, bool textFits = true);

// A filled rectangle with rounded corners, built from plain rectangles and four small
// corner fans. ImGui's own rounded fill is one fan over the whole rectangle, which the
// software renderer pays for many times over (each thin triangle's bounding box is the
// whole rectangle); this keeps a 1080p frame within budget.
void fillRoundedRect(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 colour, float rounding,
                     ImDrawFlags corners = ImDrawFlags_RoundCornersAll);

// A card: a rounded panel drawn behind whatever is laid out between beginCard() and
// endCard(), across the remaining width, its text wrapped inside the padding.
struct Card {
    ImVec2 start;
    float width = 0;
    float padding = 0;
};
Card beginCard(UiContext& ui);
void endCard(UiContext& ui, const Card& card, ImU32 fill, ImU32 border = 0);

// Vertical space of one gap.
void gap(const UiContext& ui, float times = 1.f);

} // namespace ui
