#include "files/file_discovery.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include "core/source_text.h"
#include "syntax/language.h"

namespace v8lint {
namespace fs = std::filesystem;
namespace {

std::string display_form(const fs::path& path) { return path.lexically_normal().generic_string(); }

struct PendingDirectory {
  fs::path display;      // as the user will see it, e.g. "src/lib"
  std::string absolute;  // normal_absolute_path(display)
  std::shared_ptr<const IgnoreList> gitignores;
};

struct Entry {
  std::string name;
  fs::file_type type;  // of the symlink's target for symlinks
};

bool excluded(const std::string& absolute, bool is_directory, const IgnoreList& gitignores, const IgnoreList* extra) {
  return gitignores.ignores(absolute, is_directory) || (extra && extra->ignores(absolute, is_directory));
}

// An entry whose type cannot be found out is worth an error unless it is a
// dangling symlink, or a symlink loop that would not be linted anyway.
bool unresolvable_matters(const std::string& name, fs::file_type type, const std::error_code& ec) {
  if (type == fs::file_type::not_found) return false;
  return ec != std::errc::too_many_symbolic_link_levels || dialect_for_path(name).has_value();
}

// Walks directory trees with an explicit stack. Follows directory symlinks
// but enters each real directory once, so symlink loops end.
class DirectoryWalker {
 public:
  DirectoryWalker(const DiscoveryOptions& options, Discovery& out) : options_(options), out_(out) {}

  void walk(const fs::path& root) {
    std::vector<PendingDirectory> stack{{root, normal_absolute_path(root), std::make_shared<IgnoreList>()}};
    while (!stack.empty()) {
      PendingDirectory directory = std::move(stack.back());
      stack.pop_back();
      visit(directory, stack);
    }
  }

 private:
  // A directory's identity is its device and inode: cheaper than a canonical
  // path, which costs a readlink per component (quadratic in deep trees).
  bool first_visit(const PendingDirectory& directory) {
    struct stat info {};
    if (::stat(directory.display.c_str(), &info) != 0) {
      out_.errors.push_back(display_form(directory.display) + ": " + std::strerror(errno));
      return false;
    }
    return visited_.insert({info.st_dev, info.st_ino}).second;
  }

  // The directory's .gitignore, if any, added to those of its parents.
  std::shared_ptr<const IgnoreList> gitignores_for(const PendingDirectory& directory) {
    fs::path file = directory.display / ".gitignore";
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return directory.gitignores;
    std::string text, error;
    if (!read_file(file.string(), text, error)) {
      out_.errors.push_back(error);
      return directory.gitignores;
    }
    auto combined = std::make_shared<IgnoreList>(*directory.gitignores);
    combined->add(directory.absolute, text);
    return combined;
  }

  std::vector<Entry> sorted_entries(const fs::path& directory) {
    std::vector<Entry> entries;
    std::error_code ec;
    fs::directory_iterator it(directory, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::error_code status_ec;
      fs::file_type type = it->status(status_ec).type();
      std::string name = it->path().filename().string();
      if (status_ec && unresolvable_matters(name, type, status_ec))
        out_.errors.push_back(display_form(it->path()) + ": " + status_ec.message());
      entries.push_back({std::move(name), type});
    }
    if (ec) out_.errors.push_back(display_form(directory) + ": cannot read directory: " + ec.message());
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
    return entries;
  }

  void visit(const PendingDirectory& directory, std::vector<PendingDirectory>& stack) {
    if (!first_visit(directory)) return;
    std::shared_ptr<const IgnoreList> gitignores = gitignores_for(directory);
    const IgnoreList* extra = options_.extra_ignores ? options_.extra_ignores(directory.absolute) : nullptr;
    for (const Entry& entry : sorted_entries(directory.display)) {
      fs::path display = directory.display / entry.name;
      std::string absolute = directory.absolute + (directory.absolute == "/" ? "" : "/") + entry.name;
      if (entry.type == fs::file_type::directory) {
        if (entry.name == "node_modules" || entry.name == ".git") continue;
        if (excluded(absolute, true, *gitignores, extra)) continue;
        stack.push_back({display, absolute, gitignores});
      } else if (entry.type == fs::file_type::regular && dialect_for_path(entry.name)) {
        if (excluded(absolute, false, *gitignores, extra)) continue;
        if (!options_.include_minified && looks_minified(display.string())) continue;
        out_.files.push_back(display_form(display));
      }
    }
  }

  const DiscoveryOptions& options_;
  Discovery& out_;
  std::set<std::pair<dev_t, ino_t>> visited_;
};

}  // namespace

bool looks_minified(const std::string& path) {
  if (fs::path(path).stem().extension() == ".min") return true;
  std::ifstream in(path, std::ios::binary);
  char buffer[4096];
  size_t line_length = 0;
  while (in && line_length <= kMinifiedLineLength) {
    in.read(buffer, sizeof buffer);
    std::string_view chunk(buffer, static_cast<size_t>(in.gcount()));
    size_t newline = chunk.find('\n');
    if (newline != std::string_view::npos) return line_length + newline > kMinifiedLineLength;
    line_length += chunk.size();
  }
  return line_length > kMinifiedLineLength;
}

Discovery discover_files(const std::vector<std::string>& paths, const DiscoveryOptions& options) {
  Discovery out;
  DirectoryWalker walker(options, out);
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) {
      out.errors.push_back(path + ": no such file or directory");
    } else if (ec) {
      out.errors.push_back(path + ": " + ec.message());
    } else if (status.type() == fs::file_type::directory) {
      walker.walk(path);
    } else if (status.type() != fs::file_type::regular) {
      out.errors.push_back(path + ": not a regular file");  // a FIFO would block the reader
    } else {
      out.files.push_back(display_form(path));  // named explicitly: always linted
    }
  }
  std::sort(out.files.begin(), out.files.end());
  out.files.erase(std::unique(out.files.begin(), out.files.end()), out.files.end());
  return out;
}

}  // namespace v8lint
