// Lints a JS/TS snippet with exactly one rule enabled, for rule tests.
#pragma once

#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.h"
#include "syntax/language.h"

namespace v8lint {

std::vector<Diagnostic> lint_with_rule(std::string_view rule_id, std::string_view code,
                                       Dialect dialect = Dialect::JavaScript, nlohmann::json options = {});

}  // namespace v8lint
