// Welcome: what this is, the promise (anonymous, nothing stored, about 5 minutes),
// language choice and start.
#include <algorithm>

#include "core/model/language_choice.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void drawWelcome(const core::Kiosk& k, UiContext& ui, Actions& out) {
    topBar(k, ui, out);
    beginContent(ui, "welcome", bottomBarHeight(ui));
    gap(ui, 2);
    paragraph(ui.fonts.title, uiText(k, "app_name"), palette().primary);
    gap(ui);
    paragraph(ui.fonts.title, uiText(k, "welcome_tagline"), palette().text);
    gap(ui);
    paragraph(ui.fonts.body, uiText(k, "welcome_promise"), palette().textMuted);
    gap(ui, 2);
    // Equal buttons across the row when every name fits; otherwise those that fit and a
    // picker for the rest (core/language_choice.h).
    const auto& languages = k.content->languages;
    const float available = ImGui::GetContentRegionAvail().x;
    float widest = 0;  // the buttons are of equal width: each must hold the longest name
    for (const auto& l : languages) widest = std::max(widest, buttonWidth(ui, l.name, ui.fonts.body));
    const std::vector<float> widths(languages.size(), widest);
    const auto fit = core::fitLanguageButtons(widths, available, ui.metrics.gap, k.language(),
                                              buttonWidth(ui, core::pickerLabel(static_cast<int>(languages.size())), ui.fonts.body));
    const size_t slots = fit.shown.size() + (fit.hidden > 0 ? 1 : 0);
    const float width = (available - ui.metrics.gap * static_cast<float>(slots - 1)) / static_cast<float>(slots);
    for (size_t i = 0; i < fit.shown.size(); ++i) {
        const auto l = static_cast<size_t>(fit.shown[i]);
        if (i > 0) ImGui::SameLine();
        const auto style = static_cast<int>(l) == k.language() ? ButtonStyle::Selected : ButtonStyle::Normal;
        if (button(ui, "welcome-lang-" + languages[l].id, languages[l].name, width, style)) {
            out.push_back(core::action::SetLanguage{static_cast<core::LanguageIndex>(l)});
        }
    }
    if (fit.hidden > 0) {
        ImGui::SameLine();
        if (button(ui, "welcome-lang-more", core::pickerLabel(fit.hidden), width)) out.push_back(core::action::OpenLanguagePicker{});
    }
    endContent(ui);
    const core::ScreenActions table = core::screenActions(k);
    bottomBar(ui, out, table.back, table.main);
}

} // namespace ui
