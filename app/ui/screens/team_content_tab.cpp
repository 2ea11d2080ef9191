// The team panel's content tab: which content runs; the packs on the USB stick with who
// signed each, its date and note (or why it is refused); the one chosen with what it
// changes, said by the core (core::describeChanges) in the panel's language, before any
// "Apply"; back to the previous content in one tap. Its buttons are the screen's table
// (core/kiosk/screen_actions.cpp), so keys do the same; this file decides nothing.
#include <algorithm>

#include "core/content/content_changes.h"
#include "core/kiosk/screen_actions.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {

std::string said(const core::Kiosk& k, const core::PackProblem& p) { return core::fillPlaceholder(uiText(k, p.id.c_str()), "detail", p.detail); }

// Under a pack's name: who signed it and when, or why it is refused; its note.
void packLines(const core::Kiosk& k, UiContext& ui, const core::PackOffer& offer) {
    if (!offer.problem.none()) {
        paragraph(ui.fonts.small, said(k, offer.problem), palette().crisis);
    } else {
        paragraph(ui.fonts.small, core::fillPlaceholders(uiText(k, "pack_signed_by"), {{"name", offer.signerName},
                                                                                       {"fingerprint", offer.fingerprint},
                                                                                       {"date", offer.date}}),
                  palette().text);
    }
    if (!offer.note.empty()) paragraph(ui.fonts.small, core::fillPlaceholder(uiText(k, "pack_note"), "detail", offer.note), palette().textMuted);
}

void choiceButton(UiContext& ui, const core::Choice& c, Actions& out, ButtonStyle style = ButtonStyle::Normal) {
    if (button(ui, c.id, c.label, 0, style, ui.fonts.body)) out.push_back(c.action);
}

void packList(const core::Kiosk& k, UiContext& ui, const core::ScreenActions& table, Actions& out) {
    const core::ContentUpdate& u = k.update;
    // Going back comes first: it is the way out of an update that turns out wrong.
    for (const core::Choice& c : table.choices) {
        if (c.kind == core::ChoiceKind::PreviousContent) { choiceButton(ui, c, out); gap(ui, 0.5f); }
    }
    paragraph(ui.fonts.bold, uiText(k, "packs_title"), palette().text);
    if (!u.packsApplyHere) {
        paragraph(ui.fonts.body, uiText(k, "packs_not_here"), palette().textMuted);
        return;
    }
    if (u.searched && u.drives.empty()) paragraph(ui.fonts.body, uiText(k, "packs_no_drive"), palette().textMuted);
    if (u.searched && !u.drives.empty() && u.offers.empty()) {
        std::string names;
        for (const auto& d : u.drives) names += (names.empty() ? "" : ", ") + d;
        paragraph(ui.fonts.body, core::fillPlaceholder(uiText(k, "packs_none"), "detail", names), palette().textMuted);
    }
    for (const core::Choice& c : table.choices) {
        if (c.kind != core::ChoiceKind::Pack) continue;
        const size_t i = static_cast<size_t>(&c - table.choices.data());
        if (i >= u.offers.size()) continue;
        gap(ui, 0.5f);
        choiceButton(ui, c, out);
        packLines(k, ui, u.offers[i]);
    }
    gap(ui, 0.5f);
    for (const core::Choice& c : table.choices) {
        if (c.kind == core::ChoiceKind::LookAgain) choiceButton(ui, c, out, ButtonStyle::Quiet);
    }
    if (button(ui, "content-reload", uiText(k, "content_reload"), 0, ButtonStyle::Quiet, ui.fonts.body)) {
        out.push_back(core::action::Team{core::team::ReloadContent{}});
    }
}

// What the pack chosen changes, or why it cannot be applied; Back and Apply above it.
void packPreview(const core::Kiosk& k, UiContext& ui, const core::ScreenActions& table, Actions& out) {
    const core::PackPreview& p = *k.update.preview;
    paragraph(ui.fonts.bold, p.offer.fileName + " — " + p.offer.drive, palette().text);
    packLines(k, ui, p.offer);
    gap(ui, 0.5f);
    const float half = ImGui::GetContentRegionAvail().x / 2 - ui.metrics.gap / 2;
    if (table.back && button(ui, table.back->id, table.back->label, half)) out.push_back(table.back->action);
    if (table.main) {
        ImGui::SameLine();
        if (button(ui, table.main->id, table.main->label, half, ButtonStyle::Primary)) out.push_back(table.main->action);
    }
    gap(ui, 0.5f);
    if (!p.problem.none() && p.problem.id != p.offer.problem.id) paragraph(ui.fonts.body, said(k, p.problem), palette().crisis);
    if (!p.errors.empty()) {
        paragraph(ui.fonts.bold, core::fillPlaceholder(uiText(k, "pack_content_errors"), "detail", std::to_string(p.errors.size())),
                  palette().crisis);
        for (const auto& e : p.errors) paragraph(ui.fonts.small, e, palette().textMuted);
        return;
    }
    if (!p.problem.none()) return;
    paragraph(ui.fonts.bold, uiText(k, "pack_changes_title"), palette().text);
    for (const auto& line : core::describeChanges(p.changes, *k.content, k.language())) {
        // A number changed or a service removed is what a tampered pack would do: it stands out.
        paragraph(line.number ? ui.fonts.bold : ui.fonts.small, line.text, line.number ? palette().crisis : palette().text);
    }
}

} // namespace

void drawTeamContentTab(const core::Kiosk& k, UiContext& ui, Actions& out) {
    const core::TeamPanel& w = k.team;
    if (!w.contentStatus.empty()) {
        paragraph(ui.fonts.body, core::fillPlaceholder(uiText(k, w.contentStatus.c_str()), "detail", w.contentStatusDetail), palette().text);
    }
    gap(ui, 0.5f);
    const core::ScreenActions table = core::screenActions(k);
    if (k.update.preview) packPreview(k, ui, table, out);
    else packList(k, ui, table, out);
}

} // namespace ui
