// Shared screen chrome and the scrolling content area.
#include "ui/screen_frame.h"

#include <algorithm>
#include <cmath>

#include "core/kiosk/help_now.h"
#include "core/model/language_choice.h"
#include "ui/widgets.h"

namespace ui {

std::string uiText(const core::Kiosk& k, const char* id) { return k.content->ui(id, k.language()); }

void beginScreen(UiContext& ui) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.metrics.margin, ui.metrics.gap));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui.metrics.gap, ui.metrics.gap));
    ImGui::Begin("kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PushFont(ui.fonts.body);
}

void endScreen() {
    ImGui::PopFont();
    ImGui::End();
    ImGui::PopStyleVar(2);
}

namespace {

// A button of the top bar's language row: a language, or the picker (language -1).
struct LanguageItem {
    std::string label;
    float width;
    core::LanguageIndex language;
};

// The languages that fit in `room` (the current one always), then the picker for the rest.
// None on the welcome screen, which has its own large language buttons.
std::vector<LanguageItem> topBarLanguages(const core::Kiosk& k, UiContext& ui, float room) {
    std::vector<LanguageItem> items;
    if (k.screen == core::Screen::Welcome) return items;
    const core::Content& c = *k.content;
    std::vector<float> widths;
    for (const auto& l : c.languages) widths.push_back(buttonWidth(ui, l.name, ui.fonts.small));
    const float pickerWidth = buttonWidth(ui, core::pickerLabel(static_cast<int>(widths.size())), ui.fonts.small);
    const auto fit = core::fitLanguageButtons(widths, room, ui.metrics.gap, k.language(), pickerWidth);
    for (core::LanguageIndex l : fit.shown) {
        items.push_back({c.languages[static_cast<size_t>(l)].name, widths[static_cast<size_t>(l)], l});
    }
    if (fit.hidden > 0) items.push_back({core::pickerLabel(fit.hidden), pickerWidth, -1});
    return items;
}

void languageButton(const core::Kiosk& k, UiContext& ui, Actions& out, const LanguageItem& item) {
    if (item.language < 0) {
        if (button(ui, "lang-more", item.label, item.width, ButtonStyle::Quiet, ui.fonts.small)) {
            out.push_back(core::action::OpenLanguagePicker{});
        }
        return;
    }
    const auto style = item.language == k.language() ? ButtonStyle::Selected : ButtonStyle::Quiet;
    const std::string id = "lang-" + k.content->languages[static_cast<size_t>(item.language)].id;
    if (button(ui, id, item.label, item.width, style, ui.fonts.small)) out.push_back(core::action::SetLanguage{item.language});
}

void demoMark(const core::Kiosk& k, UiContext& ui, float top) {
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().demo);
    ImGui::SetCursorScreenPos({ImGui::GetCursorScreenPos().x, top + (ui.metrics.target - ui.fonts.bold->FontSize) / 2});
    ImGui::TextUnformatted(uiText(k, "demo_mark").c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

} // namespace

float topBar(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const float right = ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x;
    const float top = ImGui::GetCursorScreenPos().y;
    // Right-aligned: languages (those that fit, then a picker), text size, quick exit.
    const std::string& sizeLabel = uiText(k, "text_size");
    // Quick exit where the screen's table offers it (never on the team panel's screens,
    // whose way out is their own Close).
    std::optional<core::ScreenButton> quickExit = k.inTeamPanel() ? std::nullopt : core::screenActions(k).exit;
    const bool exitShown = quickExit.has_value();
    const std::string exitLabel = exitShown ? quickExit->label : std::string();
    const float sizeWidth = buttonWidth(ui, sizeLabel, ui.fonts.small);
    float total = sizeWidth + ui.metrics.gap;
    if (exitShown) total += buttonWidth(ui, exitLabel, ui.fonts.bold) + ui.metrics.gap * 2;
    float left = ImGui::GetWindowPos().x + ui.metrics.margin +
                 (k.settings.demo ? ImGui::CalcTextSize(uiText(k, "demo_mark").c_str()).x + ui.metrics.gap : 0.f);
    // "A friend is not well" sits at the other end of the bar from quick exit: as large,
    // and not to be mistaken for it.
    if (core::offersFriendGuide(k)) {
        const std::string& friendLabel = uiText(k, "friend_button");
        // On a narrow screen the bar still holds the current language and the picker
        // beside it: the label then takes the smaller font rather than covering them.
        float languagesLeast = 0;
        if (k.screen != core::Screen::Welcome) {
            for (const auto& l : k.content->languages) languagesLeast = std::max(languagesLeast, buttonWidth(ui, l.name, ui.fonts.small));
            languagesLeast += buttonWidth(ui, core::pickerLabel(static_cast<int>(k.content->languages.size())), ui.fonts.small) + ui.metrics.gap * 2;
        }
        ImFont* font = ui.fonts.bold;
        if (left + buttonWidth(ui, friendLabel, font) + ui.metrics.gap * 2 + total + languagesLeast > right) font = ui.fonts.small;
        const float friendWidth = buttonWidth(ui, friendLabel, font);
        ImGui::SetCursorScreenPos({left, top});
        if (button(ui, "friend-guide", friendLabel, friendWidth, ButtonStyle::Help, font)) out.push_back(core::action::OpenFriendGuide{});
        left += friendWidth + ui.metrics.gap * 2;
    }
    const std::vector<LanguageItem> languages = topBarLanguages(k, ui, right - left - total);
    for (const auto& item : languages) total += item.width + ui.metrics.gap;

    if (k.settings.demo) demoMark(k, ui, top);
    float x = right - total + ui.metrics.gap;
    const float leftmost = x;
    for (const auto& item : languages) {
        ImGui::SetCursorScreenPos({x, top});
        languageButton(k, ui, out, item);
        x += item.width + ui.metrics.gap;
    }
    ImGui::SetCursorScreenPos({x, top});
    const auto sizeStyle = k.textSize == core::TextSize::Large ? ButtonStyle::Selected : ButtonStyle::Quiet;
    if (button(ui, "text-size", sizeLabel, sizeWidth, sizeStyle, ui.fonts.small)) out.push_back(core::action::ToggleTextSize{});
    x += sizeWidth + ui.metrics.gap * 2;
    if (exitShown) {
        ImGui::SetCursorScreenPos({x, top});
        if (button(ui, quickExit->id, exitLabel, buttonWidth(ui, exitLabel, ui.fonts.bold), ButtonStyle::Exit, ui.fonts.bold)) {
            out.push_back(quickExit->action);
        }
    }
    ImGui::SetCursorScreenPos({ImGui::GetWindowPos().x + ui.metrics.margin, top + ui.metrics.target + ui.metrics.gap});
    return leftmost;
}

namespace {
float scrollIndicatorSpace(const UiContext& ui) { return std::round(16.f * ui.metrics.unit); }

// "More answers below ↓", in the bottom bar's row between Back and the main button (both
// at most their minimum widths apart from the edges): never over an answer. Drawn in the
// screen's window, after the content area closed.
void moreBelowBand(UiContext& ui, const std::string& label) {
    const Metrics& m = ui.metrics;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetWindowPos();
    const float width = ImGui::GetWindowWidth(), height = ImGui::GetWindowHeight();
    const float room = width - 2 * (m.margin + 360.f * m.unit + m.gap);  // the widest side button's minimum
    ImFont* font = ui.fonts.bold;
    ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str());
    if (text.x + 2 * m.gap > room) {
        font = ui.fonts.small;
        text = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str());
    }
    const float rowTop = pos.y + height - m.target - m.gap;
    const ImVec2 min{pos.x + (width - text.x) / 2 - m.gap, rowTop + (m.target - text.y) / 2 - m.gap / 2};
    const ImVec2 max{pos.x + (width + text.x) / 2 + m.gap, rowTop + (m.target + text.y) / 2 + m.gap / 2};
    fillRoundedRect(draw, min, max, palette().primary, m.rounding);
    draw->AddText(font, font->FontSize, {min.x + m.gap, min.y + m.gap / 2}, palette().primaryText, label.c_str());
    logDrawnText(label);
    // Registered (it does nothing when tapped) so tests can tell where it is.
    ui.registry.add({"more-answers", min, max, true, true});
}
} // namespace

void beginContent(UiContext& ui, const std::string& key, float bottomReserve) {
    if (key != ui.scrollKey) {
        ui.scrollKey = key;
        ui.scrollY = 0;
        ui.touch.stopInertia();
    }
    ui.scrollY = std::clamp(ui.scrollY + ui.touch.scrollDelta(), 0.f, ui.scrollMax);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // Long lines are hard to read: keep the text column to a comfortable width.
    const float maxWidth = 1500.f * ui.metrics.unit;
    const float width = std::min(avail.x, maxWidth);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail.x - width) / 2);
    // Side padding leaves room for the scroll indicator beside the content, not over it.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(scrollIndicatorSpace(ui), 0));
    ImGui::BeginChild("content", ImVec2(width, std::max(1.f, avail.y - bottomReserve)), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground |
                          ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ui.scrollY);
}

void endContent(UiContext& ui, const std::string& moreBelow) {
    const float contentBottom = ImGui::GetCursorPosY() + ui.scrollY;
    const float visible = ImGui::GetWindowHeight();
    ui.scrollMax = std::max(0.f, contentBottom - visible);
    if (ui.scrollY > ui.scrollMax) ui.scrollY = ui.scrollMax;
    if (ui.scrollMax > 0) {
        // A plain indicator: where you are in a list that continues below.
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 pos = ImGui::GetWindowPos();
        const float w = std::max(4.f, 6.f * ui.metrics.unit);
        const float barH = std::max(visible * visible / (visible + ui.scrollMax), 30.f * ui.metrics.unit);
        const float y = pos.y + (visible - barH) * (ui.scrollY / ui.scrollMax);
        const float x = pos.x + ImGui::GetWindowWidth() - w - 1;
        draw->PushClipRectFullScreen();  // it sits in the padding, outside the content's clip
        fillRoundedRect(draw, {x, y}, {x + w, y + barH}, palette().textMuted, w / 2);
        draw->PopClipRect();
    }
    ImGui::EndChild();
    // The thin bar alone is easy to miss: say in words that more follows below.
    if (ui.scrollMax > 0 && !moreBelow.empty() && ui.scrollY < ui.scrollMax - 1) moreBelowBand(ui, moreBelow);
}

float bottomBarHeight(const UiContext& ui) { return ui.metrics.target + ui.metrics.gap * 2; }

void bottomBar(UiContext& ui, Actions& out, const std::optional<core::ScreenButton>& back,
               const std::optional<core::ScreenButton>& primary) {
    const ImVec2 winPos = ImGui::GetWindowPos();
    const ImVec2 winSize = ImGui::GetWindowSize();
    const float y = winPos.y + winSize.y - ui.metrics.target - ui.metrics.gap;
    const float left = winPos.x + ui.metrics.margin;
    const float right = winPos.x + winSize.x - ui.metrics.margin;
    if (back) {
        const float backWidth = std::max(buttonWidth(ui, back->label, ui.fonts.body), 220.f * ui.metrics.unit);
        ImGui::SetCursorScreenPos({left, y});
        if (button(ui, back->id, back->label, backWidth, ButtonStyle::Normal)) out.push_back(back->action);
    }
    if (primary) {
        const float width = std::max(buttonWidth(ui, primary->label, ui.fonts.bold), 360.f * ui.metrics.unit);
        ImGui::SetCursorScreenPos({right - width, y});
        if (button(ui, primary->id, primary->label, width, ButtonStyle::Primary, ui.fonts.bold)) out.push_back(primary->action);
    }
}


void talkToTeam(const core::Kiosk& k, UiContext& ui) {
    paragraph(ui.fonts.bold, uiText(k, "talk_to_team"), palette().primary);
}

} // namespace ui
