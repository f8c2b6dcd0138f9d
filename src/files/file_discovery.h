// Finds the files `v8lint check` lints. Directories are walked without
// recursion in name order, skipping node_modules, .git, what .gitignore files
// (from the walked root down) and the configuration's ignorePatterns exclude,
// and minified files. Paths named explicitly are always linted.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "files/ignore_list.h"

namespace v8lint {

struct DiscoveryOptions {
  bool include_minified = false;
  // The extra ignore patterns (the configuration's ignorePatterns) in force for
  // entries of an absolute directory; null for none. May be empty.
  std::function<const IgnoreList*(const std::string& directory)> extra_ignores;
};

struct Discovery {
  std::vector<std::string> files;   // sorted, unique; relative to the working directory when given so
  std::vector<std::string> errors;  // unreadable or missing paths, each naming its path
};

Discovery discover_files(const std::vector<std::string>& paths, const DiscoveryOptions& options);

// Minified: named *.min.<ext>, or a first line longer than kMinifiedLineLength
// bytes. Reads at most that many bytes.
constexpr size_t kMinifiedLineLength = 10000;
bool looks_minified(const std::string& path);

}  // namespace v8lint
