// `v8lint check [PATH...] [--trace LOG...]`: the static pass, or with
// --trace the join of the trace pass over the logs and the static pass.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/output_options.h"
#include "cli/trace_options.h"
#include "config/config_loader.h"
#include "config/rule_ids.h"
#include "join/join_run.h"
#include "lint/lint_run.h"

namespace v8lint::cli {
namespace {

int run_static(LintRequest request, const OutputOptions& output) {
  if (request.paths.empty()) request.paths.push_back(".");
  LintOutcome outcome = run_lint(request);
  for (const std::string& error : outcome.errors) std::fprintf(stderr, "v8lint: %s\n", error.c_str());
  if (outcome.aborted) return 2;
  Report report{"check", std::move(outcome.diagnostics), outcome.files_linted, {}};
  int code = emit_report(report, output);
  return outcome.errors.empty() ? code : 2;
}

// Without PATHs, the static pass lints the scripts the logs ran.
int run_joined(const LintRequest& lint, const std::vector<std::string>& logs, const TracePathOptions& paths,
               const OutputOptions& output) {
  join::JoinRequest request;
  request.lint = lint;
  request.trace.inputs = logs;
  request.trace.paths = paths.resolved();
  request.trace.config.forced_path = lint.config_path;
  request.trace.config.overrides = lint.rule_overrides;
  join::JoinOutcome outcome = join::run_join(request);
  for (const std::string& warning : outcome.warnings) std::fprintf(stderr, "v8lint: warning: %s\n", warning.c_str());
  for (const std::string& error : outcome.errors) std::fprintf(stderr, "v8lint: %s\n", error.c_str());
  if (outcome.aborted) return 2;
  Report report{"check", std::move(outcome.diagnostics), outcome.files_linted, std::move(outcome.summary_lines)};
  int code = emit_report(report, output);
  return outcome.errors.empty() ? code : 2;
}

}  // namespace

CommandRunner add_check_command(CLI::App& app) {
  auto request = std::make_shared<LintRequest>();
  auto rule_specs = std::make_shared<std::vector<std::string>>();
  auto logs = std::make_shared<std::vector<std::string>>();
  auto trace_paths = std::make_shared<TracePathOptions>();
  auto output = std::make_shared<OutputOptions>();
  auto* check = app.add_subcommand("check", "Lint files and directories (default: .), joined with V8 logs (--trace)");
  check->add_option("paths", request->paths, "Files or directories");
  check->add_option("--config", request->config_path, "Use this configuration file for every file");
  check->add_option("--rule", *rule_specs, "ID=off|note|warn|error, on top of the configuration (repeatable)")
      ->allow_extra_args(false);
  check->add_flag("--include-minified", request->include_minified, "Also lint minified files in directories");
  check->add_flag("--report-unused-disable-directives", request->report_unused_disable_directives,
                  "Report v8lint-disable comments that suppress nothing");
  check->add_option("-j,--threads", request->threads, "Worker threads (default: all cores)");
  auto* trace = check->add_option(
      "--trace", *logs, "V8 logs (node --log-ic --log-deopt --log-code) to join with: without PATHs, lint the scripts they ran");
  trace_paths->add_to(*check, trace);
  add_output_options(*check, *output);
  return [request, rule_specs, logs, trace_paths, output] {
    std::string error;
    if (!parse_rule_overrides(*rule_specs, known_rule_id, request->rule_overrides, error)) {
      std::fprintf(stderr, "v8lint: %s\n", error.c_str());
      return 2;
    }
    return logs->empty() ? run_static(*request, *output) : run_joined(*request, *logs, *trace_paths, *output);
  };
}

}  // namespace v8lint::cli
