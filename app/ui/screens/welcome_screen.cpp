// Welcome: what this is, the promise (anonymous, nothing stored, about 5 minutes),
// language choice and start.
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
    const auto& languages = k.content->languages;
    const float width = (ImGui::GetContentRegionAvail().x - ui.metrics.gap * static_cast<float>(languages.size() - 1)) /
                        static_cast<float>(languages.size());
    for (size_t l = 0; l < languages.size(); ++l) {
        if (l > 0) ImGui::SameLine();
        const auto style = static_cast<int>(l) == k.language() ? ButtonStyle::Selected : ButtonStyle::Normal;
        if (button(ui, "welcome-lang-" + languages[l].id, languages[l].name, width, style)) {
            out.push_back(core::action::SetLanguage{static_cast<core::LanguageIndex>(l)});
        }
    }
    endContent(ui);
    bottomBar(k, ui, out, false, "start", uiText(k, "start"), core::action::Start{});
}

} // namespace ui
