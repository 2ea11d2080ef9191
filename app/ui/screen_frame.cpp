// Shared screen chrome and the scrolling content area.
#include "ui/screen_frame.h"

#include <algorithm>
#include <tuple>
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

namespace {

// The narrowest the languages can be: the widest one (the current) and the picker.
float leastLanguagesWidth(const core::Kiosk& k, UiContext& ui) {
    if (k.screen == core::Screen::Welcome) return 0;  // its own large language buttons
    float widest = 0;
    for (const auto& l : k.content->languages) widest = std::max(widest, buttonWidth(ui, l.name, ui.fonts.small));
    return widest + buttonWidth(ui, core::pickerLabel(static_cast<int>(k.content->languages.size())), ui.fonts.small) + ui.metrics.gap * 2;
}

// The languages that fit between `left` and `right`, drawn against `right` (a gap before it)
// on the row at `y`. Returns the x where the row starts.
float languageRow(const core::Kiosk& k, UiContext& ui, Actions& out, float left, float right, float y) {
    const std::vector<LanguageItem> languages = topBarLanguages(k, ui, right - left - ui.metrics.gap);
    float width = 0;
    for (const auto& item : languages) width += item.width + ui.metrics.gap;
    float x = right - width;
    const float start = x;
    for (const auto& item : languages) {
        ImGui::SetCursorScreenPos({x, y});
        languageButton(k, ui, out, item);
        x += item.width + ui.metrics.gap;
    }
    return start;
}

} // namespace

// Right-aligned: languages (those that fit, then a picker), text size, quick exit; "A friend
// is not well" at the other end, as large as quick exit and not to be mistaken for it.
// Where one row cannot hold them (portrait, large text), the friend guide and then the
// languages move to a second row, rather than cover one another.
float topBar(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const Metrics& m = ui.metrics;
    const float right = ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x;
    const float top = ImGui::GetCursorScreenPos().y, second = top + m.target + m.gap;
    const std::string& sizeLabel = uiText(k, "text_size");
    // Quick exit where the screen's table offers it (never on the team panel's screens,
    // whose way out is their own Close).
    std::optional<core::ScreenButton> quickExit = k.inTeamPanel() ? std::nullopt : core::screenActions(k).exit;
    const std::string exitLabel = quickExit ? quickExit->label : std::string();
    const float sizeWidth = buttonWidth(ui, sizeLabel, ui.fonts.small);
    const float exitWidth = quickExit ? buttonWidth(ui, exitLabel, ui.fonts.bold) : 0.f;
    const float sizeLeft = right - sizeWidth - (quickExit ? exitWidth + m.gap * 2 : 0.f);
    const float left = ImGui::GetWindowPos().x + m.margin +
                       (k.settings.demo ? ImGui::CalcTextSize(uiText(k, "demo_mark").c_str()).x + m.gap : 0.f);
    const float languagesLeast = leastLanguagesWidth(k, ui);
    const bool languagesBelow = left + languagesLeast + m.gap > sizeLeft;
    float rowOneLeft = left, rowTwoLeft = left;
    if (core::offersFriendGuide(k)) {
        const std::string& label = uiText(k, "friend_button");
        const float spareOne = sizeLeft - m.gap - (languagesBelow ? 0.f : languagesLeast) - left;
        const bool onRowOne = buttonWidth(ui, label, ui.fonts.small) + m.gap * 2 <= spareOne;
        const float spare = onRowOne ? spareOne : right - left - (languagesBelow ? languagesLeast : 0.f);
        ImFont* font = buttonWidth(ui, label, ui.fonts.bold) + m.gap * 2 <= spare ? ui.fonts.bold : ui.fonts.small;
        const float width = buttonWidth(ui, label, font);
        ImGui::SetCursorScreenPos({left, onRowOne ? top : second});
        if (button(ui, "friend-guide", label, width, ButtonStyle::Help, font)) out.push_back(core::action::OpenFriendGuide{});
        (onRowOne ? rowOneLeft : rowTwoLeft) += width + m.gap * 2;
    }
    if (k.settings.demo) demoMark(k, ui, top);
    float rowOneStart = sizeLeft;
    if (languagesBelow) languageRow(k, ui, out, rowTwoLeft, right + m.gap, second);
    else rowOneStart = languageRow(k, ui, out, rowOneLeft, sizeLeft, top);
    ImGui::SetCursorScreenPos({sizeLeft, top});
    const auto sizeStyle = k.textSize == core::TextSize::Large ? ButtonStyle::Selected : ButtonStyle::Quiet;
    if (button(ui, "text-size", sizeLabel, sizeWidth, sizeStyle, ui.fonts.small)) out.push_back(core::action::ToggleTextSize{});
    if (quickExit) {
        ImGui::SetCursorScreenPos({right - exitWidth, top});
        if (button(ui, quickExit->id, exitLabel, exitWidth, ButtonStyle::Exit, ui.fonts.bold)) out.push_back(quickExit->action);
    }
    const bool twoRows = rowTwoLeft > left || (languagesBelow && languagesLeast > 0);
    ImGui::SetCursorScreenPos({ImGui::GetWindowPos().x + m.margin, twoRows ? second + m.target + m.gap : second});
    return rowOneStart;
}

namespace {
float scrollIndicatorSpace(const UiContext& ui) { return std::round(16.f * ui.metrics.unit); }

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

void endContent(UiContext& ui) {
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
}

float bottomBarHeight(const UiContext& ui) { return ui.metrics.target + ui.metrics.gap * 2; }

BarGap bottomBar(UiContext& ui, Actions& out, const std::optional<core::ScreenButton>& back,
                 const std::optional<core::ScreenButton>& primary) {
    const Metrics& m = ui.metrics;
    const ImVec2 winPos = ImGui::GetWindowPos();
    const ImVec2 winSize = ImGui::GetWindowSize();
    const float y = winPos.y + winSize.y - m.target - m.gap;
    const float left = winPos.x + m.margin;
    const float right = winPos.x + winSize.x - m.margin;
    // Long labels side by side on a narrow screen (portrait, large text) take the small
    // font rather than run into each other.
    ImFont* backFont = ui.fonts.body;
    ImFont* mainFont = ui.fonts.bold;
    const auto widths = [&] {
        return std::pair{back ? std::max(buttonWidth(ui, back->label, backFont), 220.f * m.unit) : 0.f,
                         primary ? std::max(buttonWidth(ui, primary->label, mainFont), 360.f * m.unit) : 0.f};
    };
    auto [backWidth, mainWidth] = widths();
    if (back && primary && backWidth + m.gap + mainWidth > right - left) {
        backFont = mainFont = ui.fonts.small;
        std::tie(backWidth, mainWidth) = widths();
    }
    BarGap free{left, right};
    if (back) {
        ImGui::SetCursorScreenPos({left, y});
        if (button(ui, back->id, back->label, backWidth, ButtonStyle::Normal, backFont)) out.push_back(back->action);
        free.left = left + backWidth + m.gap;
    }
    if (primary) {
        ImGui::SetCursorScreenPos({right - mainWidth, y});
        if (button(ui, primary->id, primary->label, mainWidth, ButtonStyle::Primary, mainFont)) out.push_back(primary->action);
        free.right = right - mainWidth - m.gap;
    }
    return free;
}

void moreBelowSign(UiContext& ui, const std::string& label, BarGap free) {
    if (ui.scrollMax <= 0 || ui.scrollY >= ui.scrollMax - 1) return;
    const Metrics& m = ui.metrics;
    ImFont* font = ui.fonts.bold;
    std::string text = label;
    ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str());
    if (size.x + 2 * m.gap > free.right - free.left) {
        font = ui.fonts.small;
        size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str());
    }
    if (size.x + 2 * m.gap > free.right - free.left) {
        text = "\u2193";  // the arrow alone, where the words do not fit between the buttons
        size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str());
    }
    if (size.x + 2 * m.gap > free.right - free.left) return;
    const ImVec2 pos = ImGui::GetWindowPos();
    const float rowTop = pos.y + ImGui::GetWindowHeight() - m.target - m.gap;
    const float centre = (free.left + free.right) / 2;
    const ImVec2 min{centre - size.x / 2 - m.gap, rowTop + (m.target - size.y) / 2 - m.gap / 2};
    const ImVec2 max{centre + size.x / 2 + m.gap, rowTop + (m.target + size.y) / 2 + m.gap / 2};
    ImDrawList* draw = ImGui::GetWindowDrawList();
    fillRoundedRect(draw, min, max, palette().primary, m.rounding);
    draw->AddText(font, font->FontSize, {min.x + m.gap, min.y + m.gap / 2}, palette().primaryText, text.c_str());
    logDrawnText(text);
    // Registered (it does nothing when tapped) so tests can tell where it is.
    ui.registry.add({"more-answers", min, max, true, true, min, max, false});
}

void talkToTeam(const core::Kiosk& k, UiContext& ui) {
    paragraph(ui.fonts.bold, uiText(k, "talk_to_team"), palette().primary);
}

} // namespace ui
