// docs/rules.md, generated from the registry: `v8lint rules --markdown`.
#pragma once

#include <string>

namespace v8lint {

std::string rules_index_markdown();

}  // namespace v8lint
