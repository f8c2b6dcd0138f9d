// `v8lint check [PATH...]`: the static pass.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/output_options.h"
#include "config/config_loader.h"
#include "config/rule_ids.h"
#include "lint/lint_run.h"

namespace v8lint::cli {

CommandRunner add_check_command(CLI::App& app) {
  auto request = std::make_shared<LintRequest>();
  auto rule_specs = std::make_shared<std::vector<std::string>>();
  auto output = std::make_shared<OutputOptions>();
  auto* check = app.add_subcommand("check", "Lint files and directories (default: .)");
  check->add_option("paths", request->paths, "Files or directories");
  check->add_option("--config", request->config_path, "Use this configuration file for every file");
  check->add_option("--rule", *rule_specs, "ID=off|note|warn|error, on top of the configuration (repeatable)")
      ->allow_extra_args(false);
  check->add_flag("--include-minified", request->include_minified, "Also lint minified files in directories");
  check->add_flag("--report-unused-disable-directives", request->report_unused_disable_directives,
                  "Report v8lint-disable comments that suppress nothing");
  check->add_option("-j,--threads", request->threads, "Worker threads (default: all cores)");
  add_output_options(*check, *output);
  return [request, rule_specs, output] {
    std::string error;
    if (!parse_rule_overrides(*rule_specs, known_rule_id, request->rule_overrides, error)) {
      std::fprintf(stderr, "v8lint: %s\n", error.c_str());
      return 2;
    }
    if (request->paths.empty()) request->paths.push_back(".");
    LintOutcome outcome = run_lint(*request);
    for (const std::string& error : outcome.errors) std::fprintf(stderr, "v8lint: %s\n", error.c_str());
    if (outcome.aborted) return 2;
    Report report{"check", std::move(outcome.diagnostics), outcome.files_linted, {}};
    int code = emit_report(report, *output);
    return outcome.errors.empty() ? code : 2;
  };
}

}  // namespace v8lint::cli
