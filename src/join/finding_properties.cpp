#include "join/finding_properties.h"

#include <algorithm>

namespace v8lint::join {

bool has_property(const Diagnostic& d, std::string_view key) {
  return std::any_of(d.properties.begin(), d.properties.end(), [&](const auto& entry) { return entry.first == key; });
}

std::optional<std::string> text_property(const Diagnostic& d, std::string_view key) {
  for (const auto& [name, value] : d.properties) {
    if (name == key && std::holds_alternative<std::string>(value)) return std::get<std::string>(value);
  }
  return std::nullopt;
}

void add_to_count(Diagnostic& d, const std::string& key) {
  for (auto& [name, value] : d.properties) {
    if (name == key && std::holds_alternative<int64_t>(value)) {
      ++std::get<int64_t>(value);
      return;
    }
  }
  d.properties.emplace_back(key, int64_t{1});
}

}  // namespace v8lint::join
