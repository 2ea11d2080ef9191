// A small strict CSV reader for tests.
#include "support/spreadsheet_csv.h"

namespace testing {

Spreadsheet readSpreadsheetCsv(const std::string& bytes, char separator) {
    Spreadsheet sheet;
    if (bytes.rfind("\xEF\xBB\xBF", 0) != 0) { sheet.error = "no UTF-8 byte-order mark"; return sheet; }
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, wasQuoted = false;
    for (size_t i = 3; i < bytes.size(); ++i) {
        const char ch = bytes[i];
        if (quoted) {
            if (ch == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') { field += '"'; ++i; }
            else if (ch == '"') quoted = false;
            else field += ch;
        } else if (ch == '"') {
            if (!field.empty()) { sheet.error = "a quote inside an unquoted field"; return sheet; }
            quoted = wasQuoted = true;
        } else if (ch == separator) {
            row.push_back(field);
            field.clear();
            wasQuoted = false;
        } else if (ch == '\r') {
            if (i + 1 >= bytes.size() || bytes[i + 1] != '\n') { sheet.error = "a CR without LF"; return sheet; }
            row.push_back(field);
            sheet.rows.push_back(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (ch == '\n') {
            sheet.error = "a bare LF line end";
            return sheet;
        } else {
            if (wasQuoted) { sheet.error = "text after a closing quote"; return sheet; }
            field += ch;
        }
    }
    if (quoted) { sheet.error = "an unterminated quote"; return sheet; }
    if (!field.empty() || !row.empty()) { sheet.error = "the last line has no line end"; return sheet; }
    sheet.ok = true;
    return sheet;
}

} // namespace testing
