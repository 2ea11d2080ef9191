// Writes generated worst cases of content for `bench/worst_cases.sh` (timings) and the
// `bench.worst_cases` test (outcomes): each case is a copy of the shipped content with
// one file grown, broken or replaced the way hostile or careless content would be.
//
//   worst_content SHIPPED_DIR OUT_DIR      writes OUT_DIR/<case>/ and OUT_DIR/cases.tsv
//
// cases.tsv: case name, then "valid" or "errors" (what `repere check` must say).
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Ref {
    Ref(std::string q, int a) : question(std::move(q)), answer("a" + std::to_string(a)) {}
    Ref(std::string q, std::string a) : question(std::move(q)), answer(std::move(a)) {}
    std::string question;
    std::string answer;
};

uint32_t nextRandom(uint32_t& state) {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
}

std::string list(const std::vector<Ref>& refs) {
    std::string out = "[";
    for (size_t i = 0; i < refs.size(); ++i) out += (i ? ", \"" : "\"") + refs[i].question + "." + refs[i].answer + "\"";
    return out + "]";
}

// A question in the shipped format, with answers a0..a{answers-1}.
std::string question(const std::string& id, int answers, const std::vector<Ref>& all, const std::vector<Ref>& any) {
    std::ostringstream out;
    out << "\n[[question]]\nid = \"" << id << "\"\ntext = { fr = \"Question " << id << " ?\", en = \"Question " << id << "?\" }\n";
    if (!all.empty() || !any.empty()) {
        out << "show_if = { ";
        if (!all.empty()) out << "all = " << list(all) << (any.empty() ? " " : ", ");
        if (!any.empty()) out << "any = " << list(any) << " ";
        out << "}\n";
    }
    for (int a = 0; a < answers; ++a) out << "[[question.answer]]\nid = \"a" << a << "\"\ntext = { fr = \"R" << a << "\", en = \"A" << a << "\" }\n";
    return out.str();
}

class Writer {
public:
    Writer(fs::path shipped, fs::path out) : shipped_(std::move(shipped)), out_(std::move(out)) {
        fs::create_directories(out_);
        index_.open(out_ / "cases.tsv");
    }

    // A copy of the shipped content named `name`, then `change` applied to it.
    void add(const std::string& name, const std::string& expected, const std::function<void(const fs::path&)>& change) {
        const fs::path dir = out_ / name;
        fs::remove_all(dir);
        fs::create_directories(dir);
        for (const char* file : {"meta.toml", "questions.toml", "advice.toml", "services.toml", "strings.toml", "profiles.toml"}) {
            fs::copy_file(shipped_ / file, dir / file);
        }
        change(dir);
        index_ << name << '\t' << expected << '\n';
    }

private:
    fs::path shipped_, out_;
    std::ofstream index_;
};

void append(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::app) << text; }
void replace(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::trunc) << text; }

// `count` questions that no answers can show (they need two answers of `sells`), each
// also offering the previous one as a way in: the case from the review (400, 126 KB).
std::string neverShown(int count, int answers) {
    std::string out;
    for (int i = 0; i < count; ++i) {
        std::vector<Ref> any;
        if (i > 0) for (int a = 0; a < answers; ++a) any.push_back({"never" + std::to_string(i - 1), a});
        out += question("never" + std::to_string(i), answers, {{"sells", "never"}, {"sells", "share"}}, any);
    }
    return out;
}

// Questions with random `all` and `any` over earlier generated questions: some shown,
// some not, and searches that must choose among many `any` answers.
std::string randomBranching(int count, int answers, int allRefs, int anyRefs, uint32_t seed) {
    std::string out = question("r0", answers, {}, {});
    for (int i = 1; i < count; ++i) {
        auto pick = [&] { return Ref{"r" + std::to_string(nextRandom(seed) % static_cast<uint32_t>(i)), static_cast<int>(nextRandom(seed) % static_cast<uint32_t>(answers))}; };
        std::vector<Ref> all, any;
        for (int k = 0; k < allRefs; ++k) all.push_back(pick());
        for (int k = 0; k < anyRefs; ++k) any.push_back(pick());
        out += question("r" + std::to_string(i), answers, all, any);
    }
    return out;
}

// A satisfiability puzzle with no solution (pigeons into fewer holes) that `goals`
// questions each need whole: exact search is exponential, so the bound must stop it.
std::string pigeonholes(int pigeons, int holes, int goals) {
    std::string out;
    auto var = [&](int p, int h) { return "p" + std::to_string(p) + "h" + std::to_string(h); };
    for (int p = 0; p < pigeons; ++p) for (int h = 0; h < holes; ++h) out += question(var(p, h), 2, {}, {});
    std::vector<Ref> clauses;
    int n = 0;
    for (int p = 0; p < pigeons; ++p) {
        std::vector<Ref> any;
        for (int h = 0; h < holes; ++h) any.push_back({var(p, h), 0});
        out += question("c" + std::to_string(n), 2, {}, any);
        clauses.push_back({"c" + std::to_string(n++), 0});
    }
    for (int h = 0; h < holes; ++h) {
        for (int p = 0; p < pigeons; ++p) {
            for (int o = p + 1; o < pigeons; ++o) {
                out += question("c" + std::to_string(n), 2, {}, {{var(p, h), 1}, {var(o, h), 1}});
                clauses.push_back({"c" + std::to_string(n++), 0});
            }
        }
    }
    for (int g = 0; g < goals; ++g) out += question("goal" + std::to_string(g), 2, clauses, {});
    return out;
}

std::string declaredLanguages(int count) {
    std::string meta = "[content]\nlanguages = [";
    for (int i = 0; i < count; ++i) meta += std::string(i ? ", " : "") + "\"l" + std::to_string(i) + "\"";
    return meta + "]\n";
}

// Every `en = "…"` of a file gains the same text in `extra` languages (a complete
// translation as far as the loader can tell).
std::string withLanguages(const std::string& text, const std::vector<std::string>& extra) {
    std::string out;
    size_t at = 0;
    for (size_t found; (found = text.find("en = \"", at)) != std::string::npos;) {
        size_t end = found + 6;
        while (end < text.size() && text[end] != '"') end += text[end] == '\\' ? 2 : 1;
        const std::string value = text.substr(found + 5, end + 1 - (found + 5));
        out += text.substr(at, end + 1 - at);
        for (const auto& l : extra) out += ", " + l + " = " + value;
        at = end + 1;
    }
    return out + text.substr(at);
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The shipped content in 12 languages of Latin script (names the fonts can draw).
void twelveLanguages(const fs::path& d) {
    const std::vector<std::pair<std::string, std::string>> extra = {
        {"de", "Deutsch"}, {"es", "Español"}, {"it", "Italiano"}, {"pt", "Português"}, {"nl", "Nederlands"},
        {"pl", "Polski"}, {"ro", "Română"}, {"tr", "Türkçe"}, {"sq", "Shqip"}, {"hr", "Hrvatski"}};
    std::vector<std::string> ids;
    for (const auto& [id, name] : extra) ids.push_back(id);
    for (const char* file : {"meta.toml", "questions.toml", "advice.toml", "services.toml", "strings.toml", "profiles.toml"}) {
        replace(d / file, withLanguages(slurp(d / file), ids));
    }
    std::string meta = slurp(d / "meta.toml");
    const size_t list = meta.find("languages = [\"fr\", \"en\"");
    std::string declared;
    for (const auto& id : ids) declared += ", \"" + id + "\"";
    meta.insert(list + std::string("languages = [\"fr\", \"en\"").size(), declared);
    for (const auto& [id, name] : extra) meta += "\n[[language]]\nid = \"" + id + "\"\nname = \"" + name + "\"\ntakeaway_forbidden = [\"dealer\"]\n";
    replace(d / "meta.toml", meta);
}

// Items of a kind the shipped content already has (`[[question]]` tables in questions.toml):
// a case "at the limit" adds only what brings the total there, however the content grows.
int shippedCount(const fs::path& file, const std::string& header) {
    std::ifstream in(file);
    int n = 0;
    for (std::string line; std::getline(in, line);) n += line.rfind(header, 0) == 0;
    return n;
}

int gQuestions = 0, gProfiles = 0, gAdvice = 0;

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) { std::fprintf(stderr, "usage: worst_content SHIPPED_DIR OUT_DIR\n"); return 2; }
    Writer w(argv[1], argv[2]);
    gQuestions = shippedCount(fs::path(argv[1]) / "questions.toml", "[[question]]");
    gProfiles = shippedCount(fs::path(argv[1]) / "profiles.toml", "[[profile]]");
    gAdvice = shippedCount(fs::path(argv[1]) / "advice.toml", "[[advice]]");

    w.add("unreachable-400", "errors", [](const fs::path& d) { append(d / "questions.toml", neverShown(400, 2)); });
    w.add("unreachable-965-wide", "errors", [](const fs::path& d) { append(d / "questions.toml", neverShown(965, 30)); });
    w.add("random-branching-965", "errors", [](const fs::path& d) { append(d / "questions.toml", randomBranching(965, 4, 1, 12, 7)); });
    w.add("random-any-only-965", "valid", [](const fs::path& d) { append(d / "questions.toml", randomBranching(1000 - gQuestions, 6, 0, 30, 11)); });
    w.add("pigeonholes", "errors", [](const fs::path& d) { append(d / "questions.toml", pigeonholes(9, 8, 1)); });
    w.add("pigeonholes-many-goals", "errors", [](const fs::path& d) { append(d / "questions.toml", pigeonholes(9, 8, 40)); });
    w.add("any-lists-4mb", "valid", [](const fs::path& d) {
        // As many references as fit in 4 MB: every question offers every answer of the
        // 30 before it.
        std::string out = randomBranching(1, 30, 0, 0, 1);
        for (int i = 1; i < 960; ++i) {
            std::vector<Ref> any;
            for (int back = 1; back <= 6 && back <= i; ++back) for (int a = 0; a < 30; ++a) any.push_back({"r" + std::to_string(i - back), a});
            out += question("r" + std::to_string(i), 30, {}, any);
        }
        append(d / "questions.toml", out);
    });
    w.add("too-many-questions", "errors", [](const fs::path& d) { append(d / "questions.toml", randomBranching(3000, 2, 0, 1, 3)); });
    w.add("languages-12", "valid", twelveLanguages);
    w.add("languages-32-untranslated", "errors", [](const fs::path& d) {
        std::string meta;
        std::ifstream in(d / "meta.toml");
        for (std::string line; std::getline(in, line);) {
            if (line.rfind("languages = ", 0) == 0) {
                line = "languages = [\"fr\", \"en\"";
                for (int i = 0; i < 30; ++i) line += ", \"x" + std::to_string(i) + "\"";
                line += "]";
            }
            meta += line + "\n";
        }
        for (int i = 0; i < 30; ++i) meta += "\n[[language]]\nid = \"x" + std::to_string(i) + "\"\nname = \"X" + std::to_string(i) + "\"\n";
        replace(d / "meta.toml", meta);
    });
    w.add("languages-declared-100000", "errors", [](const fs::path& d) {
        replace(d / "meta.toml", declaredLanguages(100000));
    });
    w.add("unknown-strings-flood", "errors", [](const fs::path& d) {
        std::string out;
        for (int i = 0; i < 150000; ++i) out += "x" + std::to_string(i) + " = 1\n";
        append(d / "strings.toml", out);
    });
    w.add("deep-nesting", "errors", [](const fs::path& d) {
        replace(d / "questions.toml", "x = " + std::string(2000000, '[') + std::string(2000000, ']') + "\n");
    });
    w.add("long-string", "errors", [](const fs::path& d) {
        append(d / "questions.toml", question("long", 2, {}, {}) + "help = \"" + std::string(4000000, 'a') + "\"\n");
    });
    w.add("profiles-100-long", "valid", [](const fs::path& d) {
        const int generated = 995 - gQuestions;
        append(d / "questions.toml", randomBranching(generated, 2, 0, 20, 5));
        std::string out;
        for (int p = 0; p < 100 - gProfiles; ++p) {  // with the shipped ones: the limit
            out += "\n[[profile]]\nid = \"gen" + std::to_string(p) + "\"\nname = { fr = \"P\", en = \"P\" }\nanswers = [";
            for (int q = 0; q < generated; ++q) out += std::string(q ? ", " : "") + "\"r" + std::to_string(q) + ".a" + std::to_string((p + q) % 2) + "\"";
            out += "]\n";
        }
        append(d / "profiles.toml", out);
    });
    w.add("services-5000", "valid", [](const fs::path& d) {
        std::string out;
        for (int s = 0; s < 4980; ++s) {  // with the 18 shipped: under the limit
            out += "\n[[service]]\nid = \"gen" + std::to_string(s) + "\"\nname = { fr = \"S\", en = \"S\" }\n"
                   "description = { fr = \"D\", en = \"D\" }\nphone = \"01 99 00 00 01\"\nhours = { fr = \"H.\", en = \"H.\" }\n"
                   "languages = [\"fr\"]\nneeds = [\"use\", \"debt\", \"violence\", \"legal\", \"social\", \"health\", \"exit\"]\n"
                   "region = \"r" + std::to_string(s % 50) + "\"\nverified = \"2026-11-27\"\nsource = \"generated\"\nsample = true\n";
        }
        append(d / "services.toml", out);
    });
    w.add("advice-2000", "valid", [](const fs::path& d) {
        std::string out;
        for (int a = 0; a < 2000 - gAdvice; ++a) {  // with the shipped ones: the limit
            out += "\n[[advice]]\nid = \"gen" + std::to_string(a) + "\"\ndomain = \"use\"\nwhen = { any = [\"sells.share\", \"sells.never\"] }\n"
                   "needs = [\"use\", \"exit\"]\ncontacts = [\"drogues-info-service\"]\nsources = [\"generated\"]\n"
                   "title = { fr = \"T\", en = \"T\" }\nbody = { fr = \"B\", en = \"B\" }\nstep = { fr = \"S\", en = \"S\" }\n"
                   "takeaway = { fr = \"S\", en = \"S\" }\n";
        }
        append(d / "advice.toml", out);
    });
    w.add("sparse-2gb", "errors", [](const fs::path& d) {
        fs::resize_file(d / "questions.toml", 2ull * 1024 * 1024 * 1024);  // sparse: nothing written
    });
    w.add("link-to-dev-zero", "errors", [](const fs::path& d) {
        fs::remove(d / "questions.toml");
        fs::create_symlink("/dev/zero", d / "questions.toml");
    });
    w.add("fifo", "errors", [](const fs::path& d) {
        fs::remove(d / "advice.toml");
        ::mkfifo((d / "advice.toml").c_str(), 0600);
    });
    w.add("over-8mb-in-all", "errors", [](const fs::path& d) {
        for (const char* file : {"questions.toml", "advice.toml", "services.toml"}) append(d / file, "# " + std::string(3 * 1024 * 1024, 'x') + "\n");
    });
    return 0;
}
