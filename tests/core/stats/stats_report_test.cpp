// Small cells: "<5", and no hidden count recoverable by subtraction.
#include <doctest/doctest.h>

#include <random>

#include "core/content/content_loader.h"
#include "core/stats/stats_report.h"
#include "support/spreadsheet_csv.h"
#include "support/content_fixture.h"

TEST_CASE("counts under 5 are hidden; with a total, one hidden cell never stands alone") {
    using H = core::Hidden;
    CHECK(core::suppressedCells({12, 3, 8}, false) == std::vector<H>{H::No, H::Small, H::No});
    CHECK(core::suppressedCells({12, 3, 8}, true) == std::vector<H>{H::No, H::Small, H::ForTotal});  // 23-12-8 would give 3
    CHECK(core::suppressedCells({12, 30, 8}, true) == std::vector<H>{H::No, H::No, H::No});
    CHECK(core::suppressedCells({2, 3, 8}, true) == std::vector<H>{H::Small, H::Small, H::No});
    CHECK(core::suppressedCells({0}, true) == std::vector<H>{H::Small});
    CHECK(core::suppressedCells({5}, false) == std::vector<H>{H::No});
}

TEST_CASE("property: no table lets a hidden cell be computed from what is shown") {
    const core::Content& c = testing::baseContent();
    std::mt19937 rng(5);
    for (int round = 0; round < 300; ++round) {
        std::vector<core::CounterRow> rows;
        auto add = [&](const std::string& day, const std::string& metric, int64_t n) { if (n) rows.push_back({day, "", metric, n}); };
        for (const char* day : {"2026-11-27", "2026-11-28", "2026-11-29"}) {
            const int64_t finished = rng() % 12, abandoned = rng() % 9;
            add(day, "sessions.started", finished + abandoned);
            add(day, "sessions.finished", finished);
            add(day, "sessions.abandoned", abandoned);
            const int64_t fr = rng() % (finished + abandoned + 1);
            add(day, "language.fr", fr);
            add(day, "language.en", finished + abandoned - fr);
            add(day, "results.shown", finished);
            int64_t left = finished;
            for (const char* level : {"low", "moderate", "high"}) {
                const int64_t n = left ? static_cast<int64_t>(rng() % (left + 1)) : 0;
                add(day, std::string("level.use.") + level, n);
                left -= n;
            }
            add(day, "level.use.none", left);
        }
        for (const auto& t : core::buildReport(c, rows, 1).tables) {
            if (!t.total || !t.total->count) continue;
            int hidden = 0;
            int64_t shownSum = 0;
            for (const auto& cell : t.cells) {
                if (cell.count) shownSum += *cell.count;
                else ++hidden;
                if (cell.count) CHECK(*cell.count >= core::kSmallCell);
                if (cell.count) CHECK(*cell.count % core::kShownStep == 0);  // every figure in steps of 5
            }
            CAPTURE(t.name);
            CHECK(hidden != 1);  // a single hidden cell would be total minus the others
            CHECK(*t.total->count % core::kShownStep == 0);
            (void)shownSum;  // estimates rounded one by one need not add up to the rounded total
        }
    }
}

TEST_CASE("report figures and CSV: estimates from blurred counts, rounded to 5") {
    const core::Content& c = testing::baseContent();
    std::vector<core::CounterRow> rows = {
        {"2026-11-27", "", "sessions.started", 20}, {"2026-11-27", "", "sessions.finished", 14},
        {"2026-11-27", "", "sessions.abandoned", 6}, {"2026-11-27", "", "useful.yes", 9},
        {"2026-11-27", "", "useful.no", 2},          {"2026-11-28", "fest", "sessions.started", 3},
        {"2026-11-28", "fest", "sessions.abandoned", 3},
    };
    const core::Report report = core::buildReport(c, rows, 1);
    const core::ReportTable* sessions = report.table(core::TableKind::Sessions);
    REQUIRE(sessions);
    // Finished or left is a group of two: 2 × 14 − 23 / 2 = 16.5, shown 15; 2 × 9 − 11.5 = 6.5, shown 5.
    CHECK(sessions->cell(core::CellKind::Finished)->text() == "15");
    CHECK(sessions->cell(core::CellKind::Abandoned)->text() == "5");
    CHECK(sessions->cell(core::CellKind::Started)->text() == "25");  // exact 23, rounded
    CHECK(sessions->cell(core::CellKind::Started) == &*sessions->total);
    CHECK(report.completionPercent == 60);  // 15 of 25
    // Language 1 of the base fixture is English: comma-separated, English names.
    const std::string csv = core::reportCsv(c, report, 1);
    const auto sheet = testing::readSpreadsheetCsv(csv, ',');
    REQUIRE_MESSAGE(sheet.ok, sheet.error);
    REQUIRE(sheet.rows.size() > 4);
    CHECK(sheet.rows[0] == std::vector<std::string>{"en csv_table", "en csv_row", "en csv_count"});
    CHECK(sheet.rows[1] == std::vector<std::string>{"en dash_sessions", "en dash_finished", "15"});
    CHECK(sheet.rows[3] == std::vector<std::string>{"en dash_sessions", "en dash_started", "25"});
    bool usefulNoHidden = false;
    for (const auto& row : sheet.rows) usefulNoHidden |= row == std::vector<std::string>{"en dash_useful", "en useful_no", "<5"};
    CHECK(usefulNoHidden);
    CHECK(sheet.rows.back() == std::vector<std::string>{"en dash_batches"});
    const core::Report festival = core::buildReport(c, rows, 1, std::string("fest"));
    CHECK(festival.table(core::TableKind::Sessions)->total->text() == "<5");
    CHECK_FALSE(festival.completionPercent);  // nothing shown to divide
    const core::ReportTable& perDay = report.tables.back();
    REQUIRE(perDay.kind == core::TableKind::SessionsPerDay);
    REQUIRE(perDay.cells.size() == 2);
    CHECK(perDay.cells[0].name == "2026-11-27");
    CHECK(perDay.cells[0].text() == "*");  // 20 next to a hidden 3 and a total of 25: hidden too, with its own mark
    CHECK(perDay.cells[1].text() == "<5");
}

TEST_CASE("a cell hidden for a total shows its own mark, never the small-count one") {
    core::ReportCell small{core::CellKind::Day, "a", "a", std::nullopt, core::Hidden::Small};
    core::ReportCell forTotal{core::CellKind::Day, "b", "b", std::nullopt, core::Hidden::ForTotal};
    CHECK(small.text() == "<5");
    CHECK(forTotal.text() == "*");
    CHECK(core::ReportCell{core::CellKind::Day, "c", "c", 6, core::Hidden::No}.text() == "6");
}

TEST_CASE("CSV cells a spreadsheet would run as formulas are neutralised") {
    core::ReportTable t{core::TableKind::Levels, "x", "T", {}, std::nullopt};
    int64_t n = 7;
    for (const char* name : {"=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx"}) {
        t.cells.push_back({core::CellKind::Level, "x", name, n++, core::Hidden::No});
    }
    const std::string csv = core::reportCsv(testing::baseContent(), core::Report{{t}, std::nullopt}, 1);
    for (const char* bad : {",=", ",+", ",-", ",@", ",\t"}) {
        CAPTURE(bad);
        CHECK(csv.find(bad) == std::string::npos);
    }
    CHECK(csv.find(",\"'=HYPERLINK(\"\"http://x\"\")\",7") != std::string::npos);
    CHECK(csv.find(",\"'+1\",8") != std::string::npos);
}

TEST_CASE("the CSV quotes every text field: a label with the other separator stays in its column; counts stay numbers") {
    core::ReportTable t{core::TableKind::Levels, "x", "Niveaux, dette", {}, std::nullopt};
    t.cells.push_back({core::CellKind::Level, "x", "Élevé; très", 10, core::Hidden::No});
    t.cells.push_back({core::CellKind::Level, "y", "Moyen", std::nullopt, core::Hidden::Small});
    for (core::LanguageIndex lang : {0, 1}) {  // the base fixture: 0 French (;), 1 English (,)
        CAPTURE(lang);
        const std::string csv = core::reportCsv(testing::baseContent(), core::Report{{t}, std::nullopt}, lang);
        const char sep = lang == 0 ? ';' : ',';
        CHECK(csv.find(std::string("\"Niveaux, dette\"") + sep + "\"Élevé; très\"" + sep + "10\r\n") != std::string::npos);
        CHECK(csv.find(std::string("\"Niveaux, dette\"") + sep + "\"Moyen\"" + sep + "\"<5\"\r\n") != std::string::npos);
        // Read with either separator, the label never splits a row into more columns.
        for (char guess : {',', ';'}) {
            const auto sheet = testing::readSpreadsheetCsv(csv, guess);
            if (!sheet.ok || guess != sep) continue;
            CHECK(sheet.rows[1] == std::vector<std::string>{"Niveaux, dette", "Élevé; très", "10"});
        }
    }
}

TEST_CASE("dashboard bars: a hidden count gets no bar; shown counts share the longest") {
    core::ReportTable t{core::TableKind::Levels, "x", "T", {}, std::nullopt};
    t.cells.push_back({core::CellKind::Level, "a", "a", std::nullopt, core::Hidden::Small});
    t.cells.push_back({core::CellKind::Level, "b", "b", std::nullopt, core::Hidden::ForTotal});
    // Every cell hidden: the largest is the small-cell floor, and no cell draws a bar.
    CHECK(core::largestShown(t) == core::kSmallCell);
    for (const auto& c : t.cells) CHECK_FALSE(core::barShare(c, core::largestShown(t)).has_value());
    t.cells.push_back({core::CellKind::Level, "c", "c", 20, core::Hidden::No});
    t.cells.push_back({core::CellKind::Level, "d", "d", 5, core::Hidden::No});
    CHECK(core::largestShown(t) == 20);
    CHECK(core::barShare(t.cells[2], 20) == doctest::Approx(1.0));
    CHECK(core::barShare(t.cells[3], 20) == doctest::Approx(0.25));
    CHECK_FALSE(core::barShare(t.cells[0], 20).has_value());
}

TEST_CASE("the French export opens as a table in a French spreadsheet: ; BOM, French names, numbers, notes") {
    const core::Content& c = testing::shippedContent();
    std::vector<core::CounterRow> rows;
    for (const char* m : {"sessions.started", "sessions.finished", "results.shown"}) rows.push_back({"2026-11-27", "", m, 40});
    rows.push_back({"2026-11-27", "", "level.debt.high", 12});
    const core::Report report = core::buildReport(c, rows, *c.languageIndex("fr"));
    const auto sheet = testing::readSpreadsheetCsv(core::reportCsv(c, report, *c.languageIndex("fr")), ';');
    REQUIRE_MESSAGE(sheet.ok, sheet.error);
    CHECK(sheet.rows[0] == std::vector<std::string>{"Tableau", "Ligne", "Nombre"});
    size_t counted = 0;
    for (size_t i = 1; i < sheet.rows.size(); ++i) {
        const auto& row = sheet.rows[i];
        if (row.size() == 1) break;  // the blank line before the notes
        REQUIRE(row.size() == 3);
        CAPTURE(row[0]);
        CAPTURE(row[1]);
        // Names, never ids: no dotted metric, no English word from the report's ids.
        for (const auto& field : {row[0], row[1]}) {
            CHECK(field.find("sessions.") == std::string::npos);
            for (const char* id : {"finished", "abandoned", "started", "results", "not-assessed", "advice-opened", "useful"}) {
                CHECK(field != id);
            }
        }
        const std::string& count = row[2];
        const bool mark = count == "<5" || count == "*";
        CHECK((mark || (!count.empty() && count.find_first_not_of("0123456789") == std::string::npos)));
        ++counted;
    }
    CHECK(counted > 20);
    const auto& notes = sheet.rows;
    CHECK(notes[notes.size() - 2][0].find("« <5 »") != std::string::npos);
    CHECK(notes.back()[0].find("groupes de 5") != std::string::npos);
    CHECK(notes.back()[0].find("estimations") != std::string::npos);
}

TEST_CASE("every table and fixed cell is named from the interface strings of the panel's language") {
    const core::Content& c = testing::baseContent();  // its interface strings read "fr <id>" / "en <id>"
    const std::vector<core::CounterRow> rows = {{"2026-11-27", "", "sessions.started", 9}};
    for (const auto& [lang, prefix] : {std::pair{0, "fr "}, std::pair{1, "en "}}) {
        const core::Report report = core::buildReport(c, rows, lang);
        for (const auto& table : report.tables) {
            CAPTURE(table.name);
            CHECK(table.name.rfind(prefix, 0) == 0);
            std::vector<core::ReportCell> cells = table.cells;
            if (table.total) cells.push_back(*table.total);
            for (const auto& cell : cells) {
                CAPTURE(cell.name);
                CHECK_FALSE(cell.name.empty());
                const bool fromContent = cell.kind == core::CellKind::Language || cell.kind == core::CellKind::Level ||
                                         cell.kind == core::CellKind::AdviceOpened || cell.kind == core::CellKind::Day;
                if (!fromContent) CHECK(cell.name.rfind(prefix, 0) == 0);
            }
        }
    }
    const core::Report french = core::buildReport(c, rows, 0);
    CHECK(french.table(core::TableKind::Levels)->name == "fr dash_levels — Consommation");
    CHECK(french.table(core::TableKind::Levels)->cells[0].name == "Faible");
}
