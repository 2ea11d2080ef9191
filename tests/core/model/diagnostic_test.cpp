// Diagnostics print content safely: no control character reaches the terminal, and a
// flood of problems is cut short.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "io/content/content_file.h"
#include "core/content/content_loader.h"
#include "core/model/diagnostic.h"
#include "support/content_fixture.h"

namespace {
bool hasControl(const std::string& s) {
    for (unsigned char ch : s) if (ch < 0x20 || ch == 0x7f) return true;
    return s.find("\xc2\x9b") != std::string::npos;
}
} // namespace

TEST_CASE("control characters from content are escaped, letters of every script kept") {
    CHECK(core::escapeControls("a\nb\tc\rd") == "a\\nb\\tc\\rd");
    CHECK(core::escapeControls("\x1b]52;c;aGk=\x07") == "\\x1b]52;c;aGk=\\x07");  // OSC 52: writes the clipboard
    CHECK(core::escapeControls("\x1b[2K\x1b]0;title\x1b\\") == "\\x1b[2K\\x1b]0;title\\x1b\\");
    CHECK(core::escapeControls("x\x7fy") == "x\\x7fy");
    CHECK(core::escapeControls("\xc2\x9b" "2J") == "\\u009b2J");  // C1 CSI in UTF-8
    CHECK(core::escapeControls("\x9b" "2J") == "\\x9b2J");        // a bare C1 byte (invalid UTF-8)
    CHECK(core::escapeControls("\xe2\x80\xae" "abc") == "\\u202eabc");  // right-to-left override
    CHECK(core::escapeControls("Répondre « oui » — Привет مرحبا") == "Répondre « oui » — Привет مرحبا");
    CHECK(core::escapeControls("\xed\xa0\x80") == "\\xed\\xa0\\x80");  // an encoded surrogate is not UTF-8
}

TEST_CASE("format escapes both the file name and the message") {
    const core::Diagnostic d{{"dir\n/meta.toml", 3, 4}, core::Severity::Error, "unknown level '\x1b[31mred'"};
    CHECK(core::format(d) == "dir\\n/meta.toml:3:4: error: unknown level '\\x1b[31mred'");
}

TEST_CASE("an escape sequence written in content comes out escaped from loading") {
    const auto dir = testing::makeContentDir();
    std::ofstream(std::filesystem::path(dir) / "questions.toml", std::ios::app)
        << "\n[[question]]\nid = \"evil\"\ndomain = \"\\u001b]52;c;aGk=\\u0007\"\ntext = { fr = \"x\", en = \"x\" }\n"
           "[[question.answer]]\nid = \"a\"\ntext = { fr = \"a\", en = \"a\" }\n"
           "[[question.answer]]\nid = \"b\"\ntext = { fr = \"b\", en = \"b\" }\n";
    const auto result = io::loadContent(dir);
    bool found = false;
    for (const auto& d : result.diagnostics) {
        const std::string line = core::format(d);
        CHECK_FALSE(hasControl(line));
        found |= line.find("unknown domain '\\x1b]52;c;aGk=\\x07'") != std::string::npos;
    }
    CHECK(found);
}

TEST_CASE("past the cap, one line says the rest are left out") {
    std::vector<core::Diagnostic> out;
    for (size_t i = 0; i < core::kMaxDiagnostics + 50; ++i) core::report(out, {{"f", 1, 1}, core::Severity::Warning, "w"});
    REQUIRE(out.size() == core::kMaxDiagnostics + 1);
    CHECK(out.back().message == "more than 1000 problems: the rest are not listed");
    CHECK(core::hasErrors(out));  // so content with that many problems never loads
}
