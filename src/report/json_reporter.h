// Machine-readable output, schema version 1 (documented in docs/output.md).
#pragma once

#include <ostream>

#include "report/report.h"

namespace v8lint {

inline constexpr int kJsonSchemaVersion = 1;

void write_json(const Report& report, std::ostream& out);

}  // namespace v8lint
