#include "report/palette.h"

namespace v8lint {

Tint tint_of(Severity severity) {
  switch (severity) {
    case Severity::Error: return Tint::Error;
    case Severity::Warning: return Tint::Warning;
    default: return Tint::Note;
  }
}

std::string Palette::paint(std::string_view text, Tint tint) const {
  if (!enabled_) return std::string(text);
  const char* code = "";
  switch (tint) {
    case Tint::Error: code = "\x1b[1;31m"; break;
    case Tint::Warning: code = "\x1b[1;33m"; break;
    case Tint::Note: code = "\x1b[1;36m"; break;
    case Tint::Dim: code = "\x1b[2m"; break;
  }
  return code + std::string(text) + "\x1b[0m";
}

}  // namespace v8lint
