// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, a
// driver rule for every registered rule (plus parse-error), results with
// UTF-16 columns, related locations and codeql-action's line fingerprints.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "report/report.h"

namespace v8lint {

// Contents of a reported file, for fingerprints; nullopt when unreadable (the
// result then carries no fingerprint and GitHub computes one on upload).
using SourceLoader = std::function<std::optional<std::string>(const std::string& path)>;

struct SarifContext {
  std::string working_directory;  // absolute: %SRCROOT%, which relative URIs resolve against
  SourceLoader load_source;
};

// Reads the file from disk.
std::optional<std::string> load_source_file(const std::string& path);

// PascalCase of a kebab-case rule id: SARIF reportingDescriptor.name.
std::string rule_name(std::string_view rule_id);

void write_sarif(const Report& report, std::ostream& out, const SarifContext& context);

}  // namespace v8lint
