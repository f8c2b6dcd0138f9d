#include "config/jsonc.h"

namespace v8lint {
namespace {

// Index just past the string literal starting at text[at] == '"' (or the end).
size_t skip_string(std::string_view text, size_t at) {
  for (size_t i = at + 1; i < text.size(); ++i) {
    if (text[i] == '\\') ++i;
    else if (text[i] == '"') return i + 1;
  }
  return text.size();
}

void blank(std::string& text, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i)
    if (text[i] != '\n' && text[i] != '\r') text[i] = ' ';
}

void blank_comments(std::string& text) {
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '"') {
      i = skip_string(text, i);
    } else if (text.compare(i, 2, "//") == 0) {
      size_t end = text.find('\n', i);
      end = end == std::string::npos ? text.size() : end;
      blank(text, i, end);
      i = end;
    } else if (text.compare(i, 2, "/*") == 0) {
      size_t close = text.find("*/", i + 2);
      if (close == std::string::npos) return;  // left in place: the parser reports it at its line
      blank(text, i, close + 2);
      i = close + 2;
    } else {
      ++i;
    }
  }
}

void blank_trailing_commas(std::string& text) {
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '"') {
      i = skip_string(text, i);
      continue;
    }
    if (text[i] == ',') {
      size_t next = text.find_first_not_of(" \t\r\n", i + 1);
      if (next != std::string::npos && (text[next] == '}' || text[next] == ']')) text[i] = ' ';
    }
    ++i;
  }
}

}  // namespace

std::string strip_jsonc(std::string_view input) {
  std::string text(input);
  if (text.starts_with("\xEF\xBB\xBF")) text.replace(0, 3, "   ");
  blank_comments(text);
  blank_trailing_commas(text);
  return text;
}

uint32_t line_nested_deeper_than(std::string_view json, size_t max_depth) {
  size_t depth = 0;
  uint32_t line = 1;
  for (size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '"') i = skip_string(json, i) - 1;
    else if (json[i] == '\n') ++line;
    else if ((json[i] == '{' || json[i] == '[') && ++depth > max_depth) return line;
    else if ((json[i] == '}' || json[i] == ']') && depth > 0) --depth;
  }
  return 0;
}

}  // namespace v8lint
