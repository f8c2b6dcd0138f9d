// ANSI styling for the text reporter. With colour off every call returns the
// text unchanged, so callers never branch on it.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace v8lint {

enum class Tint { Error, Warning, Note, Dim };

Tint tint_of(Severity severity);

class Palette {
 public:
  explicit Palette(bool enabled) : enabled_(enabled) {}
  std::string paint(std::string_view text, Tint tint) const;

 private:
  bool enabled_;
};

}  // namespace v8lint
