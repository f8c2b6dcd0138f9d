// Lints one file: parse once, walk once, feed the semantic model and every
// enabled rule on that walk, then let the rules finish.
#pragma once

#include <vector>

#include "config/config.h"
#include "core/diagnostic.h"
#include "core/source_text.h"
#include "syntax/language.h"

namespace v8lint {

std::vector<Diagnostic> lint_source(const SourceText& source, Dialect dialect, const Config& config);

}  // namespace v8lint
