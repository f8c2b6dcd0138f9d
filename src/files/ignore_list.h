// Gitignore semantics for one chain of pattern files: comments, `!` negation,
// a trailing `/` for directories only, patterns with a `/` anchored to their
// file's directory, patterns without one matching a name at any depth, `**`.
// The last matching pattern decides. Used for .gitignore files and for the
// configuration's ignorePatterns.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace v8lint {

// Absolute and lexically normal, "/" separated, without a trailing slash: the
// form IgnoreList bases and the paths it matches are written in.
std::string normal_absolute_path(const std::filesystem::path& path);
// The same against a working directory read once by the caller: the one-argument
// form asks the system for it (getcwd) on every call.
std::string normal_absolute_path(const std::filesystem::path& path, const std::filesystem::path& working_directory);

class IgnoreList {
 public:
  // Adds the lines of a .gitignore-format text. They apply to paths below
  // `base`, an absolute, lexically normal directory ("/" separated).
  void add(std::string_view base, std::string_view text);
  void add(std::string_view base, const std::vector<std::string>& lines);

  // nullopt when no pattern matches `path` (absolute, lexically normal);
  // true when the last match ignores it; false when a negation re-includes it.
  std::optional<bool> match(std::string_view path, bool is_directory) const;
  bool ignores(std::string_view path, bool is_directory) const { return match(path, is_directory).value_or(false); }
  bool empty() const { return patterns_.empty(); }

 private:
  struct Pattern {
    std::string base;  // ends with '/'
    std::string glob;  // relative to base
    bool negated = false;
    bool directory_only = false;
  };
  void add_line(std::string_view base, std::string_view line);

  std::vector<Pattern> patterns_;
};

}  // namespace v8lint
