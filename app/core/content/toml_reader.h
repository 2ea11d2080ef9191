// Reads typed fields out of one parsed TOML file and reports every problem with its
// file:line:column: missing required fields, wrong types, unknown keys, bad ids and
// incomplete translations. Used only by the content loader.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/model/content.h"
#include "core/model/diagnostic.h"

namespace core {

struct PlacedString {
    std::string value;
    SourcePlace place;
};

class TomlReader {
public:
    TomlReader(std::string file, std::vector<Diagnostic>& out);

    // Languages that every Text must have; set once meta.toml is read.
    void setLanguages(const std::vector<Language>* languages) { languages_ = languages; }

    SourcePlace placeOf(const toml::node& node) const;
    void error(const SourcePlace& place, std::string message);
    void warning(const SourcePlace& place, std::string message);
    void error(const toml::node& node, std::string message) { error(placeOf(node), std::move(message)); }

    // Every key of `table` must be in `allowed`; `what` names the table in messages.
    void checkKeys(const toml::table& table, std::initializer_list<std::string_view> allowed, std::string_view what);

    // The array of tables at `key` of `root` (e.g. [[question]]); empty when absent
    // (an error when `required`). Elements that are not tables are reported and skipped.
    std::vector<const toml::table*> tables(const toml::table& root, std::string_view key, bool required);

    std::optional<PlacedString> string(const toml::table& t, std::string_view key, bool required, std::string_view what);
    std::optional<std::string> id(const toml::table& t, std::string_view what);
    std::optional<int64_t> integer(const toml::table& t, std::string_view key, bool required, std::string_view what);
    std::optional<bool> boolean(const toml::table& t, std::string_view key, std::string_view what);
    std::vector<PlacedString> strings(const toml::table& t, std::string_view key, bool required, std::string_view what);
    Text text(const toml::table& t, std::string_view key, bool required, std::string_view what);
    Text text(const toml::node& node, std::string_view what);

    const std::string& file() const { return file_; }

private:
    std::string file_;
    std::vector<Diagnostic>& out_;
    const std::vector<Language>* languages_ = nullptr;
};

bool isValidId(std::string_view id);

} // namespace core
