// Test support: reads an export the way a strict spreadsheet import would (RFC 4180
// quoting, one separator, CRLF lines, UTF-8 with its byte-order mark) and fails loudly on
// anything a spreadsheet would misread.
#pragma once
#include <string>
#include <vector>

namespace testing {

struct Spreadsheet {
    bool ok = false;
    std::string error;                          // why it is not a clean table
    std::vector<std::vector<std::string>> rows;  // every line, fields unquoted (blank lines kept as one empty field)
};

Spreadsheet readSpreadsheetCsv(const std::string& bytes, char separator);

} // namespace testing
