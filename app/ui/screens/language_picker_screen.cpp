// The language picker: every language as a large button, in rows that wrap, when not
// all fit as buttons on the welcome screen or the top bar. Drawn over the current
// screen (core: Kiosk::languagePickerOpen); a choice or Back closes it.
#include <algorithm>

#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void drawLanguagePicker(const core::Kiosk& k, UiContext& ui, Actions& out) {
    topBar(k, ui, out);
    beginContent(ui, "language-picker", bottomBarHeight(ui));
    const auto& languages = k.content->languages;
    const float available = ImGui::GetContentRegionAvail().x;
    float widest = 0;
    for (const auto& l : languages) widest = std::max(widest, buttonWidth(ui, l.name, ui.fonts.body));
    const int perRow = std::max(1, static_cast<int>((available + ui.metrics.gap) / (widest + ui.metrics.gap)));
    const float width = (available - ui.metrics.gap * static_cast<float>(perRow - 1)) / static_cast<float>(perRow);
    for (size_t l = 0; l < languages.size(); ++l) {
        if (l % static_cast<size_t>(perRow) != 0) ImGui::SameLine();
        const auto style = static_cast<int>(l) == k.language() ? ButtonStyle::Selected : ButtonStyle::Normal;
        if (button(ui, "picker-lang-" + languages[l].id, languages[l].name, width, style)) {
            out.push_back(core::action::SetLanguage{static_cast<core::LanguageIndex>(l)});
        }
    }
    endContent(ui);
    const core::ScreenActions table = core::screenActions(k);
    bottomBar(ui, out, table.back, table.main);
}

} // namespace ui
