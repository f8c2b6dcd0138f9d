// The one finding type every pass (static, trace, join) produces and every
// reporter consumes. Plain data: no behaviour beyond ordering.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace v8lint {

enum class Severity : uint8_t { Off, Note, Warning, Error };

std::string_view severity_name(Severity severity);  // "note", "warning", "error"

// 1-based line; 1-based column counted in UTF-16 code units, as editors,
// SARIF (columnKind utf16CodeUnits) and V8's own source positions count.
struct Position {
  uint32_t line = 0;
  uint32_t column = 0;
  auto operator<=>(const Position&) const = default;
};

struct Location {
  std::string path;       // as given on the command line / relative to the working directory
  Position start;
  Position end;           // exclusive end column, on end.line
  std::string line_text;  // the source line of `start`, for code frames (may be empty)
  // UTF-16 column of line_text's first character: long (minified) lines are
  // kept as a window around `start`, so a finding never copies a whole line.
  uint32_t line_text_column = 1;
};

struct RelatedLocation {
  Location location;
  std::string message;
};

struct Diagnostic {
  std::string rule_id;
  Severity severity = Severity::Warning;
  std::string message;
  Location location;
  std::vector<RelatedLocation> related;
  // Extra facts for machine-readable output (counts, tiers, isolates ...), in insertion order.
  std::vector<std::pair<std::string, std::variant<int64_t, std::string>>> properties;
};

// Deterministic report order: path, line, column, rule, message.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);

}  // namespace v8lint
