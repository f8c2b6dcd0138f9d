#include "files/ignore_list.h"

#include "files/glob.h"

namespace v8lint {
namespace {

// Trailing spaces are dropped unless escaped with a backslash; so is a CR.
std::string_view trim_line_end(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  size_t end = line.size();
  while (end > 0 && line[end - 1] == ' ' && !(end >= 2 && line[end - 2] == '\\')) --end;
  return line.substr(0, end);
}

}  // namespace

std::string normal_absolute_path(const std::filesystem::path& path) {
  std::error_code ec;
  return normal_absolute_path(path, std::filesystem::current_path(ec));
}

std::string normal_absolute_path(const std::filesystem::path& path, const std::filesystem::path& working_directory) {
  std::string text = (working_directory / path).lexically_normal().generic_string();
  if (text.size() > 1 && text.back() == '/') text.pop_back();
  return text;
}

void IgnoreList::add(std::string_view base, std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // git skips a UTF-8 BOM too
  for (size_t start = 0; start <= text.size();) {
    size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) newline = text.size();
    add_line(base, text.substr(start, newline - start));
    start = newline + 1;
  }
}

void IgnoreList::add(std::string_view base, const std::vector<std::string>& lines) {
  for (const std::string& line : lines) add_line(base, line);
}

void IgnoreList::add_line(std::string_view base, std::string_view line) {
  line = trim_line_end(line);
  if (line.empty() || line.front() == '#') return;
  Pattern pattern;
  pattern.base = std::string(base);
  if (pattern.base.empty() || pattern.base.back() != '/') pattern.base += '/';
  if (line.front() == '!') {
    pattern.negated = true;
    line.remove_prefix(1);
  } else if (line.starts_with("\\!") || line.starts_with("\\#")) {
    line.remove_prefix(1);
  }
  if (!line.empty() && line.back() == '/') {
    pattern.directory_only = true;
    line.remove_suffix(1);
  }
  if (line.empty()) return;
  // A slash at the start or in the middle anchors the pattern to its base.
  bool anchored = line.find('/') != std::string_view::npos;
  if (line.front() == '/') line.remove_prefix(1);
  pattern.glob = anchored ? std::string(line) : "**/" + std::string(line);
  patterns_.push_back(std::move(pattern));
}

std::optional<bool> IgnoreList::match(std::string_view path, bool is_directory) const {
  for (auto it = patterns_.rbegin(); it != patterns_.rend(); ++it) {
    if (it->directory_only && !is_directory) continue;
    if (!path.starts_with(it->base)) continue;
    if (glob_match(it->glob, path.substr(it->base.size()))) return !it->negated;
  }
  return std::nullopt;
}

}  // namespace v8lint
