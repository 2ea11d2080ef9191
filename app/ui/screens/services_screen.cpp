// Services for the person's needs, national first; a notice when the directory holds
// sample entries; the way to the take-away and to the end.
#include "core/assessment/contact_kind.h"
#include "core/assessment/service_hours.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void serviceCard(const core::Kiosk& k, UiContext& ui, const core::Service& s) {
    const core::LanguageIndex lang = k.language();
    const Card card = beginCard(ui);
    paragraph(ui.fonts.bold, s.name.in(lang), palette().text);
    paragraph(ui.fonts.small, s.description.in(lang), palette().textMuted);
    paragraph(ui.fonts.title, core::contactNumber(*k.content, s, lang), palette().primary);
    const std::string sms = core::alsoBySms(*k.content, s, lang);
    if (!sms.empty()) paragraph(ui.fonts.body, sms, palette().text);
    paragraph(ui.fonts.body, uiText(k, "hours") + " " + s.hours.in(lang), palette().text);
    // Computed from the time the screen opened (Result::at), not the frame's clock.
    const auto at = k.person.result ? k.person.result->at : std::nullopt;
    const std::string now = core::openNowLine(*k.content, s, at, lang);
    if (!now.empty()) {
        const bool open = core::openNow(s, at) == core::OpenNow::Open;
        paragraph(ui.fonts.bold, now, open ? palette().levelLow : palette().textMuted);
    }
    paragraph(ui.fonts.small, s.address.empty() ? uiText(k, "phone_only") : s.address.in(lang), palette().textMuted);
    endCard(ui, card, palette().surface, s.sample ? palette().demo : 0);  // sample entries stand out
}

void drawServices(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const core::Content& c = *k.content;
    const core::Result& r = *k.person.result;
    topBar(k, ui, out);
    beginContent(ui, "services", bottomBarHeight(ui));
    paragraph(ui.fonts.title, uiText(k, "services_title"), palette().text);
    paragraph(ui.fonts.body, uiText(k, "services_intro"), palette().textMuted);
    if (core::listsSampleServices(c, r)) paragraph(ui.fonts.bold, uiText(k, "sample_notice"), palette().demo);
    gap(ui, 0.5f);
    for (int s : r.services) serviceCard(k, ui, c.services[static_cast<size_t>(s)]);
    gap(ui);
    talkToTeam(k, ui);
    gap(ui);
    if (button(ui, "finish", uiText(k, "finish"), 0, ButtonStyle::Normal)) out.push_back(core::action::Finish{});
    endContent(ui);
    const core::ScreenActions table = core::screenActions(k);
    bottomBar(ui, out, table.back, table.main);
}

} // namespace ui
