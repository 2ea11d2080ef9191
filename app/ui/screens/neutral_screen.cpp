// Neutral: where a quick exit lands. Deliberately plain, so someone glancing at the
// screen learns nothing of what was there.
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void drawNeutral(const core::Kiosk& k, UiContext& ui, Actions& out) {
    topBar(k, ui, out);
    beginContent(ui, "neutral", bottomBarHeight(ui));
    gap(ui, 3);
    paragraph(ui.fonts.title, uiText(k, "neutral_title"), palette().text);
    paragraph(ui.fonts.body, uiText(k, "neutral_body"), palette().textMuted);
    endContent(ui);
    const core::ScreenActions table = core::screenActions(k);
    bottomBar(ui, out, table.back, table.main);
}

} // namespace ui
