#include "cli/output_options.h"

#include <cstdio>

namespace v8lint::cli {

void add_output_options(CLI::App& command, OutputOptions& options) {
  command.add_option("--format", options.format, "text|json|sarif|github");
  command.add_option("-o,--output", options.output_path, "Write the report to FILE (atomically)");
  command.add_flag("--no-color", options.no_color, "No ANSI colours");
  command.add_flag("--quiet", options.quiet, "Report errors only");
  command.add_option("--max-warnings", options.max_warnings, "Exit 1 when there are more warnings than N");
}

// Minimal text output until src/report/ grows the real reporters.
int emit_report(const Report& report, const OutputOptions& options) {
  bool has_error = false;
  for (const Diagnostic& d : report.diagnostics) {
    has_error |= d.severity == Severity::Error;
    if (options.quiet && d.severity != Severity::Error) continue;
    std::printf("%s:%u:%u  %s  %s  [%s]\n", d.location.path.c_str(), d.location.start.line, d.location.start.column,
                std::string(severity_name(d.severity)).c_str(), d.message.c_str(), d.rule_id.c_str());
  }
  return has_error ? 1 : 0;
}

}  // namespace v8lint::cli
