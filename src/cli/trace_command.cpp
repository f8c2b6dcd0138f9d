// `v8lint trace FILE|DIR...`: the trace pass over V8 logs.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/output_options.h"
#include "cli/trace_options.h"
#include "config/config_loader.h"
#include "config/rule_ids.h"
#include "trace/trace_run.h"

namespace v8lint::cli {

CommandRunner add_trace_command(CLI::App& app) {
  auto request = std::make_shared<trace::TraceRequest>();
  auto paths = std::make_shared<TracePathOptions>();
  auto rule_specs = std::make_shared<std::vector<std::string>>();
  auto threshold = std::make_shared<int64_t>(trace::kDefaultDeoptLoopThreshold);
  auto output = std::make_shared<OutputOptions>();
  auto* trace = app.add_subcommand("trace", "Report ICs and deopts from V8 logs (node --log-ic --log-deopt --log-code)");
  trace->add_option("logs", request->inputs, "V8 log files (plain or .gz) or directories of *.log")->required();
  paths->add_to(*trace);
  auto* threshold_option = trace->add_option("--deopt-loop-threshold", *threshold,
                                             "Deopts of one function that make a deopt-loop (default: the "
                                             "configuration's deopt-loop threshold, else 5)")
                               ->check(CLI::PositiveNumber);
  trace->add_option("--config", request->config.forced_path, "Use this configuration file for every source file");
  trace->add_option("--rule", *rule_specs, "ID=off|note|warn|error, on top of the configuration (repeatable)")
      ->allow_extra_args(false);
  trace->add_option("-j,--threads", request->threads, "Threads parsing each log (default: all cores)");
  add_output_options(*trace, *output);
  return [request, paths, rule_specs, threshold, threshold_option, output] {
    std::string error;
    if (!parse_rule_overrides(*rule_specs, known_rule_id, request->config.overrides, error)) {
      std::fprintf(stderr, "v8lint: %s\n", error.c_str());
      return 2;
    }
    if (threshold_option->count() > 0) request->deopt_loop_threshold = *threshold;
    request->paths = paths->resolved();
    trace::TraceOutcome outcome = trace::run_trace(*request);
    for (const std::string& warning : outcome.warnings) std::fprintf(stderr, "v8lint: warning: %s\n", warning.c_str());
    for (const std::string& error : outcome.errors) std::fprintf(stderr, "v8lint: %s\n", error.c_str());
    Report report{"trace", std::move(outcome.diagnostics), outcome.files_read, std::move(outcome.summary_lines)};
    int code = emit_report(report, *output);
    return outcome.errors.empty() ? code : 2;
  };
}

}  // namespace v8lint::cli
