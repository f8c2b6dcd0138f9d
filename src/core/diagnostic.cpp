#include "core/diagnostic.h"

#include <tuple>

namespace v8lint {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Off: return "off";
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "warning";
}

bool diagnostic_less(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.location.path, a.location.start, a.rule_id, a.message) <
         std::tie(b.location.path, b.location.start, b.rule_id, b.message);
}

}  // namespace v8lint
