// See content_install.h. POSIX: symlinks renamed over symlinks are the atomic switch.
#include "io/content/content_install.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/content/content_loader.h"
#include "io/content/pack_files.h"

namespace io {
namespace fs = std::filesystem;
namespace {

constexpr const char* kCurrent = "questionnaires";
constexpr const char* kPrevious = "questionnaires.previous";

std::string systemError(const std::string& what) { return what + ": " + std::strerror(errno); }

// fsync of a directory, so a rename or new entry in it reaches the disk.
void syncDirectory(const std::string& directory) {
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Points `link` at `target` atomically: a new symlink beside it, renamed over it.
bool point(const std::string& link, const std::string& target, std::string& problem) {
    const std::string fresh = link + ".new." + std::to_string(::getpid());
    ::unlink(fresh.c_str());
    if (::symlink(target.c_str(), fresh.c_str()) != 0) { problem = systemError("cannot create " + fresh); return false; }
    if (::rename(fresh.c_str(), link.c_str()) != 0) {
        problem = systemError("cannot rename " + fresh + " to " + link);
        ::unlink(fresh.c_str());
        return false;
    }
    return true;
}

std::string linkTarget(const std::string& link) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(link, ec))) return "";
    const fs::path target = fs::read_symlink(link, ec);
    return ec ? "" : target.string();
}

// A content-<stamp> name not taken yet (content-<stamp>-2, -3… when it is).
std::string freshName(const std::string& data, const std::string& stamp) {
    std::error_code ec;
    std::string name = "content-" + stamp;
    for (int n = 2; fs::exists(fs::symlink_status(data + "/" + name, ec)); ++n) name = "content-" + stamp + "-" + std::to_string(n);
    return name;
}

// The content files of a hand-installed questionnaires directory, copied into `to`.
bool copyContentFiles(const std::string& from, const std::string& to, std::string& problem) {
    std::error_code ec;
    if (!fs::create_directory(to, ec)) { problem = "cannot create " + to + ": " + ec.message(); return false; }
    for (const auto& name : core::packFileNames()) {
        const fs::path source = fs::path(from) / name;
        if (!fs::is_regular_file(fs::symlink_status(source, ec))) continue;
        fs::copy_file(source, fs::path(to) / name, ec);
        if (ec) { problem = "cannot copy " + source.string() + ": " + ec.message(); return false; }
    }
    return true;
}

// Keeps only what the two links point to; each other copy is renamed to a hidden name
// first, so a stop while deleting leaves no half content-* directory.
void prune(const std::string& data) {
    const std::string keepNow = fs::path(linkTarget(data + "/" + kCurrent)).filename().string();
    const std::string keepOld = fs::path(linkTarget(data + "/" + kPrevious)).filename().string();
    std::error_code ec;
    std::vector<std::string> old;
    for (fs::directory_iterator it(data, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind("content-", 0) == 0 && name != keepNow && name != keepOld && it->is_directory(ec)) old.push_back(name);
    }
    for (const auto& name : old) {
        const std::string hidden = data + "/.incoming-" + std::to_string(::getpid()) + "-pruned-" + name;
        if (::rename((data + "/" + name).c_str(), hidden.c_str()) == 0) fs::remove_all(hidden, ec);
    }
}

// A plain questionnaires directory installed by hand becomes NAME-manual, the previous
// content, before questionnaires can be a link (repere-update-content does the same).
// `replaced` is where the plain directory was moved; `old` the rollback target.
bool setHandInstalledAside(const std::string& data, const std::string& name, std::string& replaced, std::string& old,
                           std::string& problem) {
    const std::string current = data + "/" + kCurrent;
    const std::string staging = data + "/.incoming-" + std::to_string(::getpid()) + "-" + name + "-manual";
    if (!copyContentFiles(current, staging, problem)) { std::error_code ec; fs::remove_all(staging, ec); return false; }
    syncDirectory(staging);
    old = name + "-manual";
    if (::rename(staging.c_str(), (data + "/" + old).c_str()) != 0) { problem = systemError("cannot move " + staging); return false; }
    if (!point(data + "/" + kPrevious, old, problem)) return false;
    syncDirectory(data);
    replaced = data + "/.incoming-" + std::to_string(::getpid()) + "-questionnaires-replaced";
    if (::rename(current.c_str(), replaced.c_str()) != 0) { problem = systemError("cannot move " + current + " away"); return false; }
    return true;
}

// The first update over the shipped content: a copy of what runs now becomes NAME-before,
// so "back to the previous content" has somewhere to go (the links cannot name the
// package's own directory, which an upgrade replaces).
bool keepRunningCopy(const std::string& data, const std::string& name, const std::string& running, std::string& old,
                     std::string& problem) {
    const std::string staging = data + "/.incoming-" + std::to_string(::getpid()) + "-" + name + "-before";
    if (!copyContentFiles(running, staging, problem)) { std::error_code ec; fs::remove_all(staging, ec); return false; }
    syncDirectory(staging);
    old = name + "-before";
    if (::rename(staging.c_str(), (data + "/" + old).c_str()) != 0) { problem = systemError("cannot move " + staging); return false; }
    return true;
}

// The checked copy `name` made what questionnaires points to; the old target kept as previous.
bool switchTo(const std::string& data, const std::string& name, const std::string& running, std::string& problem) {
    const std::string current = data + "/" + kCurrent;
    std::error_code ec;
    std::string old, replaced;
    const auto status = fs::symlink_status(current, ec);
    if (fs::is_directory(status)) {
        if (!setHandInstalledAside(data, name, replaced, old, problem)) return false;
    } else if (fs::is_symlink(status)) {
        old = linkTarget(current);
    } else if (!running.empty() && !keepRunningCopy(data, name, running, old, problem)) {
        return false;
    }
    if (!point(current, name, problem)) {
        if (!replaced.empty()) ::rename(replaced.c_str(), current.c_str());  // the hand-installed content back
        return false;
    }
    syncDirectory(data);
    if (!replaced.empty()) fs::remove_all(replaced, ec);
    if (!old.empty()) {
        std::string ignored;  // the update is done: a rollback target left unchanged is not a failure
        point(data + "/" + kPrevious, old, ignored);
    }
    prune(data);
    return true;
}

} // namespace

ContentInstalled installContent(const std::string& data, const core::ContentPack& pack, const ContentCheck& check,
                                const std::string& stamp, const std::string& running) {
    ContentInstalled out;
    if (::mkdir(data.c_str(), 0700) != 0 && errno != EEXIST) { out.problem = systemError("cannot create " + data); return out; }
    const std::string name = freshName(data, stamp);
    const std::string staging = data + "/.incoming-" + std::to_string(::getpid()) + "-" + name;
    std::error_code ec;
    fs::remove_all(staging, ec);
    if (::mkdir(staging.c_str(), 0755) != 0) { out.problem = systemError("cannot create " + staging); return out; }
    auto fail = [&](ContentInstalled& result) {
        fs::remove_all(staging, ec);
        return result;
    };
    if (!unpackInto(pack, staging, out.problem)) return fail(out);  // each file fsynced
    out.errors = check(staging);
    if (!out.errors.empty()) return fail(out);
    syncDirectory(staging);
    if (::rename(staging.c_str(), (data + "/" + name).c_str()) != 0) {
        out.problem = systemError("cannot move " + staging + " into place");
        return fail(out);
    }
    if (!switchTo(data, name, running, out.problem)) {
        fs::remove_all(data + "/" + name, ec);
        return out;
    }
    out.ok = true;
    out.directory = data + "/" + name;
    return out;
}

bool hasPreviousContent(const std::string& data) {
    std::error_code ec;
    const std::string previous = data + "/" + kPrevious;
    return !data.empty() && fs::is_symlink(fs::symlink_status(previous, ec)) && fs::is_directory(previous, ec);
}

ContentInstalled restorePreviousContent(const std::string& data, const ContentCheck& check) {
    ContentInstalled out;
    const std::string current = data + "/" + kCurrent, previous = data + "/" + kPrevious;
    std::error_code ec;
    if (!hasPreviousContent(data)) { out.problem = "no previous content in " + data; return out; }
    const auto status = fs::symlink_status(current, ec);
    if (fs::exists(status) && !fs::is_symlink(status)) { out.problem = current + " is not a symlink; roll back by hand"; return out; }
    out.errors = check(previous);
    if (!out.errors.empty()) return out;
    const std::string old = linkTarget(previous), now = linkTarget(current);
    if (!point(current, old, out.problem)) return out;
    std::string ignored;
    if (!now.empty()) point(previous, now, ignored);
    else ::unlink(previous.c_str());
    syncDirectory(data);
    out.ok = true;
    out.directory = (fs::path(data) / old).lexically_normal().string();
    return out;
}

} // namespace io
