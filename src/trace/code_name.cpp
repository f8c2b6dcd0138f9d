#include "trace/code_name.h"

#include "trace/log_text.h"

namespace v8lint::trace {
namespace {

bool is_drive_path(std::string_view text) {
  return text.size() >= 3 && ((text[0] >= 'A' && text[0] <= 'Z') || (text[0] >= 'a' && text[0] <= 'z')) &&
         text[1] == ':' && (text[2] == '\\' || text[2] == '/');
}

bool has_scheme(std::string_view text) {
  size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon < 2) return false;
  for (size_t i = 0; i < colon; ++i) {
    char c = text[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-')) {
      return false;
    }
  }
  return true;
}

// Where the script part starts: after the first space that is followed by
// something path-like, else after the first space (names rarely hold one).
size_t script_start(std::string_view text) {
  size_t first_space = text.find(' ');
  if (first_space == std::string_view::npos) return 0;
  for (size_t space = first_space; space != std::string_view::npos; space = text.find(' ', space + 1)) {
    std::string_view rest = text.substr(space + 1);
    if (rest.starts_with('/') || rest.starts_with('\\') || is_drive_path(rest) || has_scheme(rest)) return space + 1;
  }
  return first_space + 1;
}

// Strips a trailing ":<line>:<column>" into `position`; false when absent.
bool take_line_column(std::string_view& text, NamedPosition& position) {
  size_t second = text.rfind(':');
  if (second == std::string_view::npos || second == 0) return false;
  size_t first = text.rfind(':', second - 1);
  if (first == std::string_view::npos) return false;
  auto line = parse_int(text.substr(first + 1, second - first - 1));
  auto column = parse_int(text.substr(second + 1));
  if (!line || !column || *line < 0 || *column < 0) return false;
  position.line = static_cast<uint32_t>(*line);
  position.column = static_cast<uint32_t>(*column);
  text = text.substr(0, first);
  return true;
}

}  // namespace

NamedPosition split_code_name(std::string_view name) {
  NamedPosition position;
  if (!take_line_column(name, position)) {
    position.script = name.starts_with(' ') ? name.substr(1) : name;
    return position;
  }
  size_t start = script_start(name);
  position.function = start == 0 ? std::string_view() : name.substr(0, start - 1);
  position.script = name.substr(start);
  return position;
}

std::vector<NamedPosition> split_position_chain(std::string_view location) {
  std::vector<NamedPosition> chain;
  constexpr std::string_view kSeparator = "> inlined at <";
  if (!location.starts_with('<') || !location.ends_with('>')) return chain;
  location = location.substr(1, location.size() - 2);
  while (true) {
    size_t separator = location.find(kSeparator);
    std::string_view frame = location.substr(0, separator);
    NamedPosition position;
    if (!take_line_column(frame, position)) return {};
    position.script = frame;
    chain.push_back(position);
    if (separator == std::string_view::npos) return chain;
    location.remove_prefix(separator + kSeparator.size());
  }
}

}  // namespace v8lint::trace
