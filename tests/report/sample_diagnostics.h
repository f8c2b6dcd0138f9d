// Hand-built findings for reporter tests: the reporters must not depend on
// which rules exist.
#pragma once

#include <string>
#include <utility>

#include "core/diagnostic.h"

namespace v8lint::testing {

inline Location location(std::string path, Position start, Position end, std::string line_text = "") {
  return Location{std::move(path), start, end, std::move(line_text)};
}

inline Diagnostic diagnostic(std::string rule_id, Severity severity, std::string message, Location at) {
  Diagnostic d;
  d.rule_id = std::move(rule_id);
  d.severity = severity;
  d.message = std::move(message);
  d.location = std::move(at);
  return d;
}

}  // namespace v8lint::testing
