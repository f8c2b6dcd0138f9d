// `v8lint check [PATH...]`: the static pass.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "core/diagnostic.h"
#include "lint/lint_run.h"

namespace v8lint::cli {

CommandRunner add_check_command(CLI::App& app) {
  auto request = std::make_shared<LintRequest>();
  auto* check = app.add_subcommand("check", "Lint files and directories (default: .)");
  check->add_option("paths", request->paths, "Files or directories");
  check->add_flag("--include-minified", request->include_minified, "Also lint minified files in directories");
  check->add_option("-j,--threads", request->threads, "Worker threads (default: all cores)");
  return [request] {
    if (request->paths.empty()) request->paths.push_back(".");
    LintOutcome outcome = run_lint(*request);
    for (const std::string& error : outcome.errors) std::fprintf(stderr, "v8lint: %s\n", error.c_str());
    for (const Diagnostic& d : outcome.diagnostics)
      std::printf("%s:%u:%u  %s  %s  [%s]\n", d.location.path.c_str(), d.location.start.line,
                  d.location.start.column, std::string(severity_name(d.severity)).c_str(), d.message.c_str(),
                  d.rule_id.c_str());
    return outcome.errors.empty() ? 0 : 2;
  };
}

}  // namespace v8lint::cli
