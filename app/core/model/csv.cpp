// See csv.h.
#include "core/model/csv.h"

namespace core {

const std::string& CsvRow::operator[](const std::string& column) const {
    static const std::string empty;
    const auto it = fields.find(column);
    return it == fields.end() ? empty : it->second;
}

CsvRead readCsv(std::string_view text) {
    CsvRead out;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::vector<std::vector<std::string>> records;
    std::vector<int> starts;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false, fieldStarted = false;
    int line = 1, recordLine = 1;
    auto endField = [&] { record.push_back(std::move(field)); field.clear(); fieldStarted = false; };
    auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record[0].empty())) { records.push_back(std::move(record)); starts.push_back(recordLine); }
        record.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; }
            else if (c == '"') quoted = false;
            else { if (c == '\n') ++line; field += c; }
            continue;
        }
        if (c == '"' && !fieldStarted) { quoted = true; fieldStarted = true; }
        else if (c == ',') endField();
        else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
        else if (c == '\n') { endRecord(); ++line; recordLine = line; }
        else { field += c; fieldStarted = true; }
    }
    if (quoted) { out.errorLine = recordLine; out.error = "a quoted field is never closed"; return out; }
    if (fieldStarted || !record.empty()) endRecord();
    if (records.empty()) { out.errorLine = 1; out.error = "no header row"; return out; }
    CsvTable table;
    table.columns = records[0];
    for (size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() > table.columns.size()) {
            out.errorLine = starts[r];
            out.error = "a row has " + std::to_string(records[r].size()) + " fields; the header names " +
                        std::to_string(table.columns.size()) + " columns";
            return out;
        }
        CsvRow row;
        row.line = starts[r];
        for (size_t f = 0; f < records[r].size(); ++f) row.fields[table.columns[f]] = records[r][f];
        table.rows.push_back(std::move(row));
    }
    out.table = std::move(table);
    return out;
}

namespace {
// Every field quoted: a text with a comma stays in its column in any spreadsheet's import,
// whatever separator it guesses.
std::string csvField(const std::string& f) {
    std::string out = "\"";
    for (char c : f) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}
void csvLine(std::string& out, const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csvField(fields[i]);
    out += "\r\n";
}
} // namespace

std::string writeCsv(const std::vector<std::string>& columns, const std::vector<std::vector<std::string>>& rows) {
    std::string out;
    csvLine(out, columns);
    for (const auto& r : rows) csvLine(out, r);
    return out;
}

} // namespace core
