// Typed, diagnosed field access over toml++ tables.
#include "core/content/toml_reader.h"

#include <algorithm>

namespace core {

TomlReader::TomlReader(std::string file, std::vector<Diagnostic>& out)
    : file_(std::move(file)), out_(out) {}

SourcePlace TomlReader::placeOf(const toml::node& node) const {
    const auto& begin = node.source().begin;
    return {file_, static_cast<int>(begin.line), static_cast<int>(begin.column)};
}

void TomlReader::error(const SourcePlace& place, std::string message) {
    report(out_, {place, Severity::Error, std::move(message)});
}

void TomlReader::warning(const SourcePlace& place, std::string message) {
    report(out_, {place, Severity::Warning, std::move(message)});
}

bool isValidId(std::string_view id) {
    if (id.empty()) return false;
    auto ok = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; };
    return ok(id[0]) && id[0] != '_' && id[0] != '-' && std::all_of(id.begin(), id.end(), ok);
}

void TomlReader::checkKeys(const toml::table& table, std::initializer_list<std::string_view> allowed,
                           std::string_view what) {
    for (const auto& [key, node] : table) {
        if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
        std::string list;
        for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        SourcePlace place = key.source().begin.line ? SourcePlace{file_, static_cast<int>(key.source().begin.line),
                                                                  static_cast<int>(key.source().begin.column)}
                                                    : placeOf(node);
        error(place, "unknown key '" + std::string(key.str()) + "' in " + std::string(what) + " (allowed: " + list + ")");
    }
}

std::vector<const toml::table*> TomlReader::tables(const toml::table& root, std::string_view key, bool required) {
    std::vector<const toml::table*> result;
    const toml::node* node = root.get(key);
    if (!node) {
        if (required) error(placeOf(root), "missing required [[" + std::string(key) + "]] entries");
        return result;
    }
    const toml::array* array = node->as_array();
    if (!array) {
        error(*node, "'" + std::string(key) + "' must be an array of tables ([[" + std::string(key) + "]])");
        return result;
    }
    for (const auto& element : *array) {
        if (const auto* t = element.as_table()) result.push_back(t);
        else error(element, "each '" + std::string(key) + "' entry must be a table");
    }
    return result;
}

std::optional<PlacedString> TomlReader::string(const toml::table& t, std::string_view key, bool required,
                                               std::string_view what) {
    const toml::node* node = t.get(key);
    if (!node) {
        if (required) error(placeOf(t), "missing required field '" + std::string(key) + "' in " + std::string(what));
        return std::nullopt;
    }
    if (const auto* s = node->as_string()) return PlacedString{s->get(), placeOf(*node)};
    error(*node, "'" + std::string(key) + "' in " + std::string(what) + " must be a string");
    return std::nullopt;
}

std::optional<std::string> TomlReader::id(const toml::table& t, std::string_view what) {
    auto s = string(t, "id", true, what);
    if (!s) return std::nullopt;
    if (!isValidId(s->value)) {
        error(s->place, "id '" + s->value + "' of " + std::string(what) +
                            " must use only a-z, 0-9, '_' and '-' and start with a letter or digit");
        return std::nullopt;
    }
    return s->value;
}

std::optional<int64_t> TomlReader::integer(const toml::table& t, std::string_view key, bool required,
                                           std::string_view what) {
    const toml::node* node = t.get(key);
    if (!node) {
        if (required) error(placeOf(t), "missing required field '" + std::string(key) + "' in " + std::string(what));
        return std::nullopt;
    }
    if (const auto* v = node->as_integer()) {
        const int64_t value = v->get();
        if (value < -1000000 || value > 1000000) {
            error(*node, "'" + std::string(key) + "' in " + std::string(what) + " is out of range");
            return std::nullopt;
        }
        return value;
    }
    error(*node, "'" + std::string(key) + "' in " + std::string(what) + " must be an integer");
    return std::nullopt;
}

std::optional<bool> TomlReader::boolean(const toml::table& t, std::string_view key, std::string_view what) {
    const toml::node* node = t.get(key);
    if (!node) return std::nullopt;
    if (const auto* v = node->as_boolean()) return v->get();
    error(*node, "'" + std::string(key) + "' in " + std::string(what) + " must be true or false");
    return std::nullopt;
}

std::vector<PlacedString> TomlReader::strings(const toml::table& t, std::string_view key, bool required,
                                              std::string_view what) {
    std::vector<PlacedString> result;
    const toml::node* node = t.get(key);
    if (!node) {
        if (required) error(placeOf(t), "missing required field '" + std::string(key) + "' in " + std::string(what));
        return result;
    }
    const toml::array* array = node->as_array();
    if (!array) {
        error(*node, "'" + std::string(key) + "' in " + std::string(what) + " must be a list of strings");
        return result;
    }
    for (const auto& element : *array) {
        if (const auto* s = element.as_string()) result.push_back({s->get(), placeOf(element)});
        else error(element, "each item of '" + std::string(key) + "' in " + std::string(what) + " must be a string");
    }
    return result;
}

Text TomlReader::text(const toml::table& t, std::string_view key, bool required, std::string_view what) {
    const toml::node* node = t.get(key);
    if (!node) {
        if (required) error(placeOf(t), "missing required field '" + std::string(key) + "' in " + std::string(what));
        return {};
    }
    return text(*node, std::string(what) + " '" + std::string(key) + "'");
}

Text TomlReader::text(const toml::node& node, std::string_view what) {
    const toml::table* table = node.as_table();
    if (!table) {
        error(node, std::string(what) + " must be a table of translations, e.g. { fr = \"…\", en = \"…\" }");
        return {};
    }
    // Without declared languages (meta.toml broken) translations cannot be checked.
    if (!languages_ || languages_->empty()) return {};
    Text result;
    bool complete = true;
    for (const auto& language : *languages_) {
        const toml::node* value = table->get(language.id);
        if (!value) {
            error(node, "missing '" + language.id + "' translation for " + std::string(what));
            complete = false;
        } else if (const auto* s = value->as_string(); !s) {
            error(*value, "translation '" + language.id + "' of " + std::string(what) + " must be a string");
            complete = false;
        } else if (s->get().find_first_not_of(" \t\n") == std::string::npos) {
            error(*value, "translation '" + language.id + "' of " + std::string(what) + " is empty");
            complete = false;
        } else {
            result.byLanguage.push_back(s->get());
        }
    }
    for (const auto& [key, value] : *table) {
        const std::string language(key.str());  // a named copy: lambdas cannot capture bindings in C++17
        const bool declared = std::any_of(languages_->begin(), languages_->end(),
                                          [&](const Language& l) { return l.id == language; });
        if (!declared) error(value, "translation '" + language + "' of " + std::string(what) + " is not a declared language");
    }
    if (!complete) return {};
    return result;
}

} // namespace core
