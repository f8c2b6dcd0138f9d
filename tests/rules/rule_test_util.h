// Lints a JS/TS snippet with exactly one rule enabled, the way `v8lint check`
// would lint a file holding it, so rule tests see only that rule's findings
// (plus a parse-error note if the snippet does not parse).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.h"
#include "syntax/language.h"

namespace v8lint {

std::vector<Diagnostic> lint_with_rule(std::string_view rule_id, std::string_view code,
                                       Dialect dialect = Dialect::JavaScript, nlohmann::json options = {});

// The same, as "rule-id line:column" per finding in report order: compact to compare exactly.
std::vector<std::string> finding_positions(std::string_view rule_id, std::string_view code,
                                           Dialect dialect = Dialect::JavaScript, nlohmann::json options = {});

// What the rule's embedded rules/<id>.md lacks of the required parts (title,
// description, "## What V8 does", "## Bad", "## Good", "## Options"), and
// whether the rule is registered at all. Empty when complete.
std::vector<std::string> missing_rule_parts(std::string_view rule_id);

}  // namespace v8lint
