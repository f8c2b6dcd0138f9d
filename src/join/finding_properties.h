// Reading and counting a finding's properties (Diagnostic::properties, a
// list of key/value pairs in insertion order).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace v8lint::join {

bool has_property(const Diagnostic& d, std::string_view key);
// A copy of the text, none when absent or not a string. A copy because a
// pointer into `properties` dangles as soon as a property is added.
std::optional<std::string> text_property(const Diagnostic& d, std::string_view key);
// Adds one to an integer property, creating it at 1.
void add_to_count(Diagnostic& d, const std::string& key);

}  // namespace v8lint::join
