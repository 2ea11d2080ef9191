// Linux's content file reader (io/content_file_read.cpp): only regular files inside the
// content directory are opened, never a link, a FIFO or a device (Windows has its own
// sibling, with reparse points for links).
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>

#include "io/content/content_file.h"
#include "support/content_fixture.h"

namespace fs = std::filesystem;


TEST_CASE("only regular files are opened: a link to /dev/zero and a FIFO are refused at once") {
    const auto dir = testing::makeContentDir();
    fs::remove(fs::path(dir) / "questions.toml");
    fs::create_symlink("/dev/zero", fs::path(dir) / "questions.toml");
    fs::remove(fs::path(dir) / "advice.toml");
    REQUIRE(::mkfifo((fs::path(dir) / "advice.toml").c_str(), 0600) == 0);  // no writer: opening must not block
    fs::remove(fs::path(dir) / "services.toml");
    fs::create_symlink(fs::path(testing::fixturesDir()) / "base/services.toml", fs::path(dir) / "services.toml");
    const auto result = io::loadContent(dir);
    CHECK_FALSE(result.content.has_value());
    CHECK(testing::diagnosticFor(result, dir, "questions.toml") ==
          "questions.toml:0:0: error: is a symbolic link: content files must be regular files inside the content directory");
    CHECK(testing::diagnosticFor(result, dir, "advice.toml") ==
          "advice.toml:0:0: error: is not a regular file (a FIFO, socket or device): content files must be regular files");
    // Even a link to a good file: the content would break once the stick is gone.
    CHECK(testing::diagnosticFor(result, dir, "services.toml").find("is a symbolic link") != std::string::npos);
}

