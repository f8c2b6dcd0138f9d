#include "files/glob.h"

#include <string>
#include <vector>

namespace v8lint {
namespace {

constexpr size_t kNone = std::string_view::npos;

// Matches the class starting at pattern[at] == '[' against `c`. Sets `next` past
// the class; returns false with next == kNone when the class is unterminated.
bool match_class(std::string_view pattern, size_t at, char c, size_t& next) {
  size_t i = at + 1;
  bool negated = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
  if (negated) ++i;
  bool matched = false;
  for (bool first = true; i < pattern.size() && (first || pattern[i] != ']'); first = false) {
    char low = pattern[i] == '\\' && i + 1 < pattern.size() ? pattern[++i] : pattern[i];
    char high = low;
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      i += 2;
      high = pattern[i] == '\\' && i + 1 < pattern.size() ? pattern[++i] : pattern[i];
    }
    matched |= low <= c && c <= high;
    ++i;
  }
  if (i >= pattern.size()) {
    next = kNone;
    return false;
  }
  next = i + 1;
  return matched != negated;
}

// Does the single pattern element at pattern[p] ('?', a class, an escape or a
// literal) match `c`? Sets `next` to the element's end.
bool match_element(std::string_view pattern, size_t p, char c, size_t& next) {
  switch (pattern[p]) {
    case '?':
      next = p + 1;
      return true;
    case '[':
      if (match_class(pattern, p, c, next)) return true;
      if (next != kNone) return false;
      next = p + 1;  // unterminated: a literal '['
      return c == '[';
    case '\\':
      if (p + 1 < pattern.size()) {
        next = p + 2;
        return pattern[p + 1] == c;
      }
      [[fallthrough]];
    default:
      next = p + 1;
      return pattern[p] == c;
  }
}

// Classic single-backtrack-point matching of one segment (no '/').
bool match_segment(std::string_view pattern, std::string_view text) {
  size_t p = 0, t = 0, star_p = kNone, star_t = 0;
  while (t < text.size()) {
    size_t next = 0;
    if (p < pattern.size() && pattern[p] == '*') {
      star_p = ++p;
      star_t = t;
    } else if (p < pattern.size() && match_element(pattern, p, text[t], next)) {
      p = next;
      ++t;
    } else if (star_p != kNone) {
      p = star_p;
      t = ++star_t;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::vector<std::string_view> split(std::string_view text) {
  std::vector<std::string_view> parts;
  for (size_t start = 0;;) {
    size_t slash = text.find('/', start);
    parts.push_back(text.substr(start, slash == kNone ? kNone : slash - start));
    if (slash == kNone) return parts;
    start = slash + 1;
  }
}

// The same algorithm one level up: `**` segments are the stars.
bool match_segments(const std::vector<std::string_view>& pattern, const std::vector<std::string_view>& text) {
  size_t p = 0, t = 0, star_p = kNone, star_t = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == "**") {
      star_p = ++p;
      star_t = t;
    } else if (p < pattern.size() && match_segment(pattern[p], text[t])) {
      ++p;
      ++t;
    } else if (star_p != kNone) {
      p = star_p;
      t = ++star_t;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == "**") ++p;
  return p == pattern.size();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view text) {
  std::vector<std::string_view> pattern_parts = split(pattern);
  if (pattern_parts.size() > 1 && pattern_parts.back() == "**") pattern_parts.insert(pattern_parts.end() - 1, "*");
  return match_segments(pattern_parts, split(text));
}

}  // namespace v8lint
