// The reporting options every analysing subcommand shares (check, trace, run),
// and the one place that turns a Report into output and an exit code.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "report/report.h"

namespace v8lint::cli {

struct OutputOptions {
  std::string format;           // text|json|sarif|github; empty: github under GITHUB_ACTIONS=true, else text
  std::string output_path;      // -o; empty: stdout
  bool no_color = false;
  bool quiet = false;           // errors only
  std::optional<long> max_warnings;
};

void add_output_options(CLI::App& command, OutputOptions& options);

// Writes the report as asked and returns the exit code: 1 when an error-level
// finding remains or warnings exceed --max-warnings, 2 when the output cannot
// be written, else 0.
int emit_report(const Report& report, const OutputOptions& options);

}  // namespace v8lint::cli
