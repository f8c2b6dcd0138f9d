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

// Matches the single pattern element at pattern[p] ('?', a class, an escape
// or a literal) against `c`: the index after the element, or kNone.
size_t match_element(std::string_view pattern, size_t p, char c) {
  size_t next = p + 1;
  switch (pattern[p]) {
    case '?':
      return next;
    case '[':
      if (match_class(pattern, p, c, next)) return next;
      if (next != kNone) return kNone;
      return c == '[' ? p + 1 : kNone;  // unterminated: a literal '['
    case '\\':
      if (p + 1 < pattern.size()) return pattern[p + 1] == c ? p + 2 : kNone;
      [[fallthrough]];
    default:
      return pattern[p] == c ? next : kNone;
  }
}

// The classic star matching with one backtrack point, used on two levels:
// characters of a segment (star `*`) and segments of a path (star `**`).
// `element(p, t)` matches pattern element p against text item t and returns
// the next pattern index, or kNone.
template <typename IsStar, typename Element>
bool star_match(size_t pattern_size, size_t text_size, IsStar is_star, Element element) {
  size_t p = 0, t = 0, star_p = kNone, star_t = 0;
  while (t < text_size) {
    size_t next = kNone;
    if (p < pattern_size && is_star(p)) {
      star_p = ++p;
      star_t = t;
    } else if (p < pattern_size && (next = element(p, t)) != kNone) {
      p = next;
      ++t;
    } else if (star_p != kNone) {
      p = star_p;
      t = ++star_t;
    } else {
      return false;
    }
  }
  while (p < pattern_size && is_star(p)) ++p;
  return p == pattern_size;
}

// One segment (no '/').
bool match_segment(std::string_view pattern, std::string_view text) {
  return star_match(
      pattern.size(), text.size(), [&](size_t p) { return pattern[p] == '*'; },
      [&](size_t p, size_t t) { return match_element(pattern, p, text[t]); });
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

bool match_segments(const std::vector<std::string_view>& pattern, const std::vector<std::string_view>& text) {
  return star_match(
      pattern.size(), text.size(), [&](size_t p) { return pattern[p] == "**"; },
      [&](size_t p, size_t t) { return match_segment(pattern[p], text[t]) ? p + 1 : kNone; });
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view text) {
  std::vector<std::string_view> pattern_parts = split(pattern);
  if (pattern_parts.size() > 1 && pattern_parts.back() == "**") pattern_parts.insert(pattern_parts.end() - 1, "*");
  return match_segments(pattern_parts, split(text));
}

}  // namespace v8lint
