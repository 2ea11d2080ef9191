// The team panel: dashboard (bar charts drawn with the draw list, small cells as "<5"),
// export, settings, content reload, demo jumps, quit.
#include <algorithm>

#include "core/team/removable_drive.h"
#include "core/directory/service_regions.h"
#include "core/kiosk/team_actions.h"
#include "ui/label_keyboard.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {

using core::TeamTab;

Actions::value_type teamAction(core::TeamAction a) { return core::action::Team{std::move(a)}; }

void tabs(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const std::pair<TeamTab, const char*> all[] = {{TeamTab::Dashboard, "tab_dashboard"}, {TeamTab::Export, "tab_export"},
                                                     {TeamTab::Settings, "tab_settings"}, {TeamTab::Content, "tab_content"},
                                                     {TeamTab::Demo, "tab_demo"}};
    bool first = true;
    for (const auto& [tab, id] : all) {
        if (!first) ImGui::SameLine();
        first = false;
        const auto style = k.team.tab == tab ? ButtonStyle::Selected : ButtonStyle::Quiet;
        if (button(ui, std::string("tab-") + id, uiText(k, id), buttonWidth(ui, uiText(k, id), ui.fonts.small), style, ui.fonts.small)) {
            out.push_back(teamAction(core::team::ShowTab{tab}));
        }
    }
}

// One horizontal bar per shown count, scaled by the core (core::barShare). A hidden cell
// ("<5", "*") gets no bar at all, only its mark in a dashed outline box, so it never reads
// as zero nor as a large figure.
void hiddenMark(ImDrawList* draw, UiContext& ui, ImVec2 at, float h, const std::string& mark) {
    const float w = ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, FLT_MAX, 0, mark.c_str()).x + ui.metrics.gap;
    const float dash = 4.f * ui.metrics.unit;
    for (float x = at.x; x < at.x + w; x += 2 * dash) {
        const float end = std::min(x + dash, at.x + w);
        draw->AddLine({x, at.y + 2}, {end, at.y + 2}, palette().textMuted);
        draw->AddLine({x, at.y + h - 2}, {end, at.y + h - 2}, palette().textMuted);
    }
    draw->AddText(ui.fonts.small, ui.fonts.small->FontSize, {at.x + ui.metrics.gap * 0.5f, at.y}, palette().textMuted, mark.c_str());
    logDrawnText(mark);
}

void barChart(UiContext& ui, const core::ReportTable& table) {
    const Metrics& m = ui.metrics;
    const int64_t largest = core::largestShown(table);
    const float labelWidth = 360.f * m.unit;
    const float barMax = ImGui::GetContentRegionAvail().x - labelWidth - 140.f * m.unit;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const auto& cell : table.cells) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float h = ui.fonts.small->FontSize * 1.2f;
        draw->AddText(ui.fonts.small, ui.fonts.small->FontSize, at, palette().text, cell.name.c_str());
        logDrawnText(cell.name);
        const float x = at.x + labelWidth;
        if (const auto share = core::barShare(cell, largest)) {
            const float len = std::max(2.f, barMax * static_cast<float>(*share));
            draw->AddRectFilled({x, at.y + 2}, {x + len, at.y + h - 2}, palette().primary);
            draw->AddText(ui.fonts.small, ui.fonts.small->FontSize, {x + len + m.gap * 0.5f, at.y}, palette().text, cell.text().c_str());
        } else {
            hiddenMark(draw, ui, {x, at.y}, h, cell.text());
        }
        ImGui::Dummy(ImVec2(1, h));
    }
}

// A heading and its bars; a table with nothing counted yet says so under its heading.
void chart(const core::Kiosk& k, UiContext& ui, const core::ReportTable& table) {
    gap(ui, 0.5f);
    paragraph(ui.fonts.bold, table.name, palette().text);
    if (table.cells.empty()) { paragraph(ui.fonts.small, uiText(k, "dash_table_empty"), palette().textMuted); return; }
    barChart(ui, table);
}

// Sessions started, finished and abandoned on one line, then the completion rate.
void sessionsSummary(const core::Kiosk& k, UiContext& ui, const core::Report& report) {
    const core::ReportTable* sessions = report.table(core::TableKind::Sessions);
    if (!sessions) return;
    paragraph(ui.fonts.bold, sessions->name, palette().text);
    std::string line;
    for (const auto kind : {core::CellKind::Started, core::CellKind::Finished, core::CellKind::Abandoned}) {
        const core::ReportCell* cell = sessions->cell(kind);
        if (!cell) continue;
        line += (line.empty() ? "" : "   ·   ") + cell->name + " " + cell->text();
    }
    paragraph(ui.fonts.body, line, palette().text);
    if (report.completionPercent) {
        paragraph(ui.fonts.body, uiText(k, "dash_completion") + " " + std::to_string(*report.completionPercent) + " %", palette().text);
    }
}

void dashboard(const core::Kiosk& k, UiContext& ui) {
    using core::TableKind;
    const core::Report& report = k.team.report;
    if (report.empty()) { paragraph(ui.fonts.body, uiText(k, "dash_empty"), palette().textMuted); return; }
    sessionsSummary(k, ui, report);
    paragraph(ui.fonts.small, uiText(k, "dash_small_cells"), palette().textMuted);
    paragraph(ui.fonts.small, uiText(k, "dash_batches"), palette().textMuted);
    if (const core::ReportTable* perDay = report.table(TableKind::SessionsPerDay)) chart(k, ui, *perDay);
    for (const auto& table : report.tables) {
        if (table.kind == TableKind::Levels) chart(k, ui, table);
    }
    for (const auto& table : report.tables) {
        if (table.kind == TableKind::AdviceOpened || table.kind == TableKind::Useful) chart(k, ui, table);
        const core::ReportCell* raised = table.kind == TableKind::Crisis ? table.cell(core::CellKind::CrisisRaised) : nullptr;
        if (raised) {
            gap(ui, 0.5f);
            paragraph(ui.fonts.body, core::fillPlaceholder(uiText(k, "dash_crisis"), "detail", raised->text()), palette().text);
        }
    }
}

// The sticks first; without one, the kiosk's own folder, said as such (the file stays here).
void exportTab(const core::Kiosk& k, UiContext& ui, Actions& out) {
    paragraph(ui.fonts.body, uiText(k, "export_intro"), palette().text);
    if (k.team.exportTargets.empty()) paragraph(ui.fonts.body, uiText(k, "export_none"), palette().textMuted);
    for (size_t i = 0; i < k.team.exportTargets.size(); ++i) {
        const std::string& dir = k.team.exportTargets[i];
        const bool ejectable = core::ejectableDrive(dir).has_value();
        const float ejectWidth = ejectable ? std::max(buttonWidth(ui, uiText(k, "export_eject"), ui.fonts.small), 3 * ui.metrics.target) : 0.f;
        const float exportWidth = ejectable ? ImGui::GetContentRegionAvail().x - ejectWidth - ui.metrics.gap : 0.f;
        if (button(ui, "export-" + std::to_string(i), core::driveLabel(dir), exportWidth, ButtonStyle::Normal, ui.fonts.small)) {
            out.push_back(teamAction(core::team::Export{dir}));
        }
        if (!ejectable) continue;
        ImGui::SameLine();
        if (button(ui, "eject-" + std::to_string(i), uiText(k, "export_eject"), ejectWidth, ButtonStyle::Normal, ui.fonts.small)) {
            out.push_back(teamAction(core::team::Eject{dir}));
        }
    }
    const std::string& folder = k.team.exportKioskFolder;
    if (folder.empty()) return;
    gap(ui, 0.5f);
    paragraph(ui.fonts.small, core::fillPlaceholder(uiText(k, "export_kiosk_folder"), "detail", folder), palette().textMuted);
    if (button(ui, "export-kiosk", uiText(k, "export_to_kiosk"), buttonWidth(ui, uiText(k, "export_to_kiosk"), ui.fonts.small),
               ButtonStyle::Quiet, ui.fonts.small)) {
        out.push_back(teamAction(core::team::Export{folder}));
    }
}

void settingRow(UiContext& ui, const std::string& label, const std::string& value) {
    paragraph(ui.fonts.small, label, palette().textMuted);
    paragraph(ui.fonts.bold, value, palette().text);
}

// Chooses the line the keyboard below types into; shown selected while it does.
void typeHere(const core::Kiosk& k, UiContext& ui, Actions& out, const char* id, core::TypedLine line) {
    const bool on = k.team.typing == line;
    const std::string& label = uiText(k, "settings_type_here");
    if (button(ui, id, label, buttonWidth(ui, label, ui.fonts.small), on ? ButtonStyle::Selected : ButtonStyle::Quiet, ui.fonts.small)) {
        out.push_back(teamAction(core::team::ChooseTypedLine{line}));
    }
}

void settingsTab(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const core::Content& c = *k.content;
    const float w = std::min(ImGui::GetContentRegionAvail().x, 700.f * ui.metrics.unit);
    settingRow(ui, uiText(k, "settings_event"), k.settings.eventLabel.empty() ? "—" : k.settings.eventLabel);
    paragraph(ui.fonts.small, uiText(k, "settings_event_hint"), palette().textMuted);
    paragraph(ui.fonts.small, uiText(k, "settings_event_batch"), palette().textMuted);
    typeHere(k, ui, out, "type-event", core::TypedLine::Event);
    settingRow(ui, uiText(k, "settings_stand"), k.settings.standDescription.empty() ? "—" : k.settings.standDescription);
    paragraph(ui.fonts.small, uiText(k, "settings_stand_hint"), palette().textMuted);
    typeHere(k, ui, out, "type-stand", core::TypedLine::Stand);
    labelKeyboard(k, ui, std::min(ImGui::GetContentRegionAvail().x, 1000.f * ui.metrics.unit), out);
    gap(ui, 0.5f);
    settingRow(ui, uiText(k, "settings_region"), c.regionName(k.settings.region, k.language()));
    if (button(ui, "region-next", uiText(k, "settings_region") + " →", w)) out.push_back(teamAction(core::team::NextRegion{}));
    paragraph(ui.fonts.small, uiText(k, "settings_regions"), palette().textMuted);
    for (const auto& r : core::regionsWithServices(c)) {
        const bool current = r.region == k.settings.region;
        paragraph(current ? ui.fonts.bold : ui.fonts.small, core::regionCountLine(c, r, k.language()),
                  current ? palette().text : palette().textMuted);
    }
    gap(ui, 0.5f);
    settingRow(ui, uiText(k, "settings_language"), c.languages[static_cast<size_t>(k.startLanguage())].name);
    if (button(ui, "language-next", uiText(k, "settings_language") + " →", w)) out.push_back(teamAction(core::team::NextDefaultLanguage{}));
    paragraph(ui.fonts.bold, core::fillPlaceholder(uiText(k, "settings_idle"), "seconds", std::to_string(k.settings.idleSeconds)), palette().text);
    if (button(ui, "idle-less", "− " + std::to_string(core::kIdleStepSeconds) + " s", w / 2 - ui.metrics.gap / 2)) out.push_back(teamAction(core::team::ChangeIdle{-1}));
    ImGui::SameLine();
    if (button(ui, "idle-more", "+ " + std::to_string(core::kIdleStepSeconds) + " s", w / 2 - ui.metrics.gap / 2)) out.push_back(teamAction(core::team::ChangeIdle{1}));
    settingRow(ui, uiText(k, "settings_demo"), uiText(k, k.settings.demo ? "setting_on" : "setting_off"));
    // The button says what a tap does; the line above says how it is now.
    if (button(ui, "demo-toggle", uiText(k, k.settings.demo ? "demo_turn_off" : "demo_turn_on"), w)) {
        out.push_back(teamAction(core::team::ToggleDemo{}));
    }
}

void demoTab(const core::Kiosk& k, UiContext& ui, Actions& out) {
    if (!k.settings.demo) { paragraph(ui.fonts.body, uiText(k, "demo_off"), palette().textMuted); return; }
    paragraph(ui.fonts.body, uiText(k, "demo_intro"), palette().text);
    const auto& profiles = k.content->profiles;
    for (size_t p = 0; p < profiles.size(); ++p) {
        if (button(ui, "demo-" + profiles[p].id, profiles[p].name.in(k.language()))) {
            out.push_back(teamAction(core::team::DemoProfile{static_cast<int>(p)}));
        }
    }
}

// "Quit the application?" with Cancel and Yes (the screen's table: Backspace, Enter).
void quitQuestion(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const core::ScreenActions table = core::screenActions(k);
    paragraph(ui.fonts.bold, uiText(k, "quit_confirm"), palette().text);
    gap(ui);
    const float w = std::min(ImGui::GetContentRegionAvail().x, 700.f * ui.metrics.unit) / 2 - ui.metrics.gap / 2;
    if (table.back && button(ui, table.back->id, table.back->label, w)) out.push_back(table.back->action);
    ImGui::SameLine();
    if (table.main && button(ui, table.main->id, table.main->label, w, ButtonStyle::Exit)) out.push_back(table.main->action);
}

} // namespace

void drawTeamPanel(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const core::TeamPanel& w = k.team;
    paragraph(ui.fonts.title, uiText(k, "worker_title"), palette().text);
    tabs(k, ui, out);
    beginContent(ui, "worker-" + std::to_string(static_cast<int>(w.tab)), bottomBarHeight(ui));
    if (!w.storeStatus.empty()) {
        paragraph(ui.fonts.bold, core::fillPlaceholder(uiText(k, w.storeStatus.c_str()), "detail", w.storeStatusDetail), palette().crisis);
    }
    if (!w.message.empty()) {
        paragraph(ui.fonts.bold, core::fillPlaceholder(uiText(k, w.message.c_str()), "detail", w.messageDetail), palette().primary);
    }
    if (w.quitAsked) {
        quitQuestion(k, ui, out);
    } else switch (w.tab) {
    case TeamTab::Dashboard: dashboard(k, ui); break;
    case TeamTab::Export: exportTab(k, ui, out); break;
    case TeamTab::Settings: settingsTab(k, ui, out); break;
    case TeamTab::Content: drawTeamContentTab(k, ui, out); break;
    case TeamTab::Demo: demoTab(k, ui, out); break;
    }
    endContent(ui);
    // Quit sits bottom left, away from Close, so it is never hit by mistake; it asks first.
    if (w.quitAsked) { bottomBar(ui, out, std::nullopt, core::screenActions(k).exit); return; }
    const ImVec2 winPos = ImGui::GetWindowPos(), winSize = ImGui::GetWindowSize();
    ImGui::SetCursorScreenPos({winPos.x + ui.metrics.margin, winPos.y + winSize.y - ui.metrics.target - ui.metrics.gap});
    if (button(ui, "worker-quit", uiText(k, "worker_quit"), buttonWidth(ui, uiText(k, "worker_quit"), ui.fonts.body), ButtonStyle::Exit)) {
        out.push_back(teamAction(core::team::Quit{}));
    }
    bottomBar(ui, out, std::nullopt, core::screenActions(k).exit);
}

} // namespace ui
