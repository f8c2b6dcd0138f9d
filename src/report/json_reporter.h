// Machine-readable output, schema version 1 (documented in docs/output.md).
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "report/report.h"

namespace v8lint {

inline constexpr int kJsonSchemaVersion = 1;

void write_json(const Report& report, std::ostream& out);

// A finding's extra facts as a JSON object, in insertion order (also SARIF's property bag).
nlohmann::ordered_json properties_json(const Diagnostic& diagnostic);

}  // namespace v8lint
