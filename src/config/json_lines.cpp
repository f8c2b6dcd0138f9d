#include "config/json_lines.h"

#include <vector>

namespace v8lint {
namespace {

// A quoted key as the document parser decoded it; the scan may cut a key the
// parser read differently, so a key that does not decode stays as written.
std::string key_text(std::string_view quoted) {
  nlohmann::json key = nlohmann::json::parse(quoted, nullptr, false);
  return key.is_string() ? key.get<std::string>() : std::string(quoted);
}

using Pointer = nlohmann::json::json_pointer;

// Values nested deeper are not recorded (their errors take an ancestor's line).
// Each record copies its whole pointer, so without a bound the scan costs
// length x depth: 3 KB of brackets after a NUL (text the document parser
// never read) took 840 MB and 10 s under the sanitizers in fuzz_config.
constexpr size_t kMaxRecordedDepth = 64;

struct Container {
  Pointer pointer;
  bool is_object;
  bool expecting_key = true;  // objects only
  std::string key;            // objects: the current member's key
  size_t index = 0;           // arrays: the current element's index
};

bool recorded(const std::vector<Container>& open) { return open.size() <= kMaxRecordedDepth; }

Pointer current_value(const std::vector<Container>& open) {
  if (open.empty() || !recorded(open)) return Pointer();
  const Container& top = open.back();
  return top.is_object ? top.pointer / top.key : top.pointer / top.index;
}

}  // namespace

JsonLines::JsonLines(std::string_view json) { scan(json); }

void JsonLines::scan(std::string_view json) {
  std::vector<Container> open;
  uint32_t line = 1;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '\n') {
      ++line;
    } else if (c == '{' || c == '[') {
      Pointer pointer = current_value(open);
      if (recorded(open)) lines_.emplace(pointer.to_string(), line);
      open.push_back(Container{std::move(pointer), c == '{', true, {}, 0});
    } else if (c == '}' || c == ']') {
      if (!open.empty()) open.pop_back();
    } else if (c == ',' && !open.empty()) {
      open.back().expecting_key = true;
      ++open.back().index;
    } else if (c == ':' && !open.empty()) {
      open.back().expecting_key = false;
    } else if (c == '"') {
      size_t end = i + 1;
      while (end < json.size() && json[end] != '"') end += json[end] == '\\' ? 2 : 1;
      if (!open.empty() && open.back().is_object && open.back().expecting_key && recorded(open))
        open.back().key = key_text(json.substr(i, end + 1 - i));
      if (recorded(open)) lines_.emplace(current_value(open).to_string(), line);
      i = end;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      if (recorded(open)) lines_.emplace(current_value(open).to_string(), line);  // number, true, false, null
      while (i + 1 < json.size() && std::string_view(",}] \t\r\n").find(json[i + 1]) == std::string_view::npos) ++i;
    }
  }
}

uint32_t JsonLines::line_of(const Pointer& pointer) const {
  for (Pointer p = pointer;; p = p.parent_pointer()) {
    auto it = lines_.find(p.to_string());
    if (it != lines_.end()) return it->second;
    if (p.empty()) return 1;
  }
}

}  // namespace v8lint
