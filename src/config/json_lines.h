// nlohmann::json keeps no source positions, so configuration errors find
// their line here: one cheap scan of the (already valid) JSON text records
// the line of every value by its JSON pointer.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace v8lint {

class JsonLines {
 public:
  // `json` must be valid JSON (parse it first).
  explicit JsonLines(std::string_view json);

  // Line of the value at `pointer`; for an object member, the line of its key.
  // Falls back to the nearest recorded ancestor, then to line 1.
  uint32_t line_of(const nlohmann::json::json_pointer& pointer) const;

 private:
  void scan(std::string_view json);

  std::map<std::string, uint32_t> lines_;  // json_pointer::to_string() -> line
};

}  // namespace v8lint
