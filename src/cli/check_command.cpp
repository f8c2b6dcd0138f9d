// `v8lint check [PATH...]`: the static pass.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/output_options.h"
#include "core/diagnostic.h"
#include "lint/lint_run.h"

namespace v8lint::cli {

CommandRunner add_check_command(CLI::App& app) {
  auto request = std::make_shared<LintRequest>();
  auto output = std::make_shared<OutputOptions>();
  auto* check = app.add_subcommand("check", "Lint files and directories (default: .)");
  check->add_option("paths", request->paths, "Files or directories");
  check->add_flag("--include-minified", request->include_minified, "Also lint minified files in directories");
  check->add_option("-j,--threads", request->threads, "Worker threads (default: all cores)");
  add_output_options(*check, *output);
  return [request, output] {
    if (request->paths.empty()) request->paths.push_back(".");
    LintOutcome outcome = run_lint(*request);
    for (const std::string& error : outcome.errors) std::fprintf(stderr, "v8lint: %s\n", error.c_str());
    Report report{"check", std::move(outcome.diagnostics), outcome.files_linted, {}};
    int code = emit_report(report, *output);
    return outcome.errors.empty() ? code : 2;
  };
}

}  // namespace v8lint::cli
