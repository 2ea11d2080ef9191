// CSV as RFC 4180 writes it (comma separated, every field quoted with `"`, quotes
// doubled), read into rows addressed by column name. For the Open Referral HSDS packages.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct CsvRow {
    int line = 0;  // 1-based line where the row starts
    std::map<std::string, std::string> fields;  // by column name
    const std::string& operator[](const std::string& column) const;  // "" when absent
};

struct CsvTable {
    std::vector<std::string> columns;
    std::vector<CsvRow> rows;
};

struct CsvRead {
    std::optional<CsvTable> table;
    int errorLine = 0;
    std::string error;
};

// The first row names the columns. A row with more fields than columns, or a quote left
// open, is an error at its line.
CsvRead readCsv(std::string_view text);

// One line per row, `\r\n` separated as RFC 4180 says, every field quoted.
std::string writeCsv(const std::vector<std::string>& columns, const std::vector<std::vector<std::string>>& rows);

} // namespace core
