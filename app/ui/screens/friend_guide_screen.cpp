// "A friend is not well": the first-aid guide, one card per situation, each naming the
// number to call and the team at this stand. Opened from the welcome screen or a
// question; its one button returns there (core::friendGuideButtons).
#include "core/assessment/contact_kind.h"
#include "core/kiosk/help_now.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void drawFriendGuide(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const core::Content& c = *k.content;
    const core::LanguageIndex lang = k.language();
    topBar(k, ui, out);
    beginContent(ui, "friend-guide", bottomBarHeight(ui));
    paragraph(ui.fonts.title, uiText(k, "friend_title"), palette().crisis);
    paragraph(ui.fonts.body, uiText(k, "friend_intro"), palette().text);
    teamAtStand(k, ui);
    for (const core::FriendStep& step : c.friendSteps) {
        const Card card = beginCard(ui);
        paragraph(ui.fonts.bold, step.title.in(lang), palette().crisis);
        for (const core::Text& line : step.lines) paragraph(ui.fonts.body, "→  " + line.in(lang), palette().text);
        if (step.call >= 0) {
            const core::Service& s = c.services[static_cast<size_t>(step.call)];
            const std::string call = core::fillPlaceholder(uiText(k, "call_number"), "number", core::contactNumber(c, s, lang));
            paragraph(ui.fonts.bold, core::fillPlaceholder(call, "name", s.name.in(lang)), palette().primary);
        }
        paragraph(ui.fonts.small, uiText(k, "team_at_stand"), palette().textMuted);
        endCard(ui, card, palette().surface, palette().crisis);
    }
    endContent(ui);
    const core::ScreenActions table = core::screenActions(k);
    bottomBar(ui, out, table.back, table.main);
}

} // namespace ui
