// `v8lint run [OPTIONS] -- COMMAND [ARGS...]`: runs the user's command with
// V8's logging on (one log per isolate in a private temporary directory),
// then joins the trace pass over those logs with the static pass over the
// scripts they ran. docs/run.md: how the flags reach node, exit codes, limits.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>

#include "cli/commands.h"
#include "cli/output_options.h"
#include "cli/trace_options.h"
#include "config/config_loader.h"
#include "config/rule_ids.h"
#include "join/join_run.h"
#include "process/child_process.h"
#include "process/environment.h"
#include "process/executable_lookup.h"
#include "process/log_files.h"
#include "process/node_log_flags.h"
#include "process/node_shim.h"
#include "process/private_temp_dir.h"
#include "process/signal_forwarding.h"

namespace v8lint::cli {
namespace {

constexpr int kUsageError = 2;

struct RunOptions {
  std::vector<std::string> command;
  std::string node;       // --node; empty: COMMAND when it is node by path, else node on PATH
  std::string keep_logs;  // --keep-logs DIR
  bool maps = false;
  std::vector<std::string> rule_specs;
  TracePathOptions trace_paths;
  join::JoinRequest join;
  OutputOptions output;
};

// Where the child's logs and the node shim go.
struct Scratch {
  std::filesystem::path logs;
  std::filesystem::path bin;
};

int fail(const std::string& message) {
  std::fprintf(stderr, "v8lint: %s\n", message.c_str());
  return kUsageError;
}

// The node the logging flags are for: --node, else COMMAND when it names node
// by path, else node on PATH (looked up before the shim goes first on it).
std::optional<std::string> real_node(const RunOptions& options, const std::string& search_path) {
  if (!options.node.empty()) return options.node;
  const std::string& command = options.command.front();
  if (command.find('/') != std::string::npos && process::is_node_command(command, "")) return command;
  return process::find_executable("node", search_path);
}

// The command line to start, or nullopt after printing why it cannot start.
std::optional<process::CommandLine> command_line(const RunOptions& options, const Scratch& scratch,
                                                 const std::string& search_path) {
  std::optional<std::string> node = real_node(options, search_path);
  if (!node) {
    fail("no node on PATH: install Node.js or name the binary with --node PATH");
    return std::nullopt;
  }
  if (::access(node->c_str(), X_OK) != 0) {
    fail("cannot run node '" + *node + "': not an executable file");
    return std::nullopt;
  }
  const std::string& command = options.command.front();
  std::optional<std::string> program = process::find_executable(command, search_path);
  if (!program && !process::is_node_command(command, *node)) {
    fail("cannot run '" + command + "': command not found on PATH");
    return std::nullopt;
  }
  std::vector<std::string> flags = process::node_log_flags({scratch.logs, options.maps});
  std::string error;
  if (!process::write_node_shim(scratch.bin, *node, flags, error)) {
    fail(error);
    return std::nullopt;
  }
  return process::build_command_line(options.command, program.value_or(*node), *node, flags);
}

// Runs the command to its end, signals forwarded; its exit code, or nullopt
// after printing why it could not start.
std::optional<int> run_child(const RunOptions& options, const Scratch& scratch) {
  std::string search_path = process::current_search_path();
  std::optional<process::CommandLine> line = command_line(options, scratch, search_path);
  if (!line) return std::nullopt;
  process::SignalForwarding forwarding;
  std::string error;
  std::optional<process::ChildProcess> child = process::ChildProcess::start(
      *line, process::environment_with_path_first(scratch.bin.string(), search_path), error);
  if (!child) {
    fail(error);
    return std::nullopt;
  }
  forwarding.forward_to(child->pid());
  return process::exit_code_of(child->wait());
}

// Prints the joined report over the logs and returns its exit code (2 when
// a log could not be read or the configuration is broken).
int analyze(RunOptions& options, const std::vector<std::filesystem::path>& logs) {
  options.join.trace.inputs.clear();
  for (const auto& log : logs) options.join.trace.inputs.push_back(log.string());
  join::JoinOutcome outcome = join::run_join(options.join);
  for (const std::string& warning : outcome.warnings) std::fprintf(stderr, "v8lint: warning: %s\n", warning.c_str());
  for (const std::string& error : outcome.errors) std::fprintf(stderr, "v8lint: %s\n", error.c_str());
  if (outcome.aborted) return kUsageError;
  Report report{"run", std::move(outcome.diagnostics), outcome.files_linted, std::move(outcome.summary_lines)};
  int code = emit_report(report, options.output);
  return outcome.errors.empty() ? code : kUsageError;
}

int run(RunOptions& options) {
  std::string error;
  if (!parse_rule_overrides(options.rule_specs, known_rule_id, options.join.lint.rule_overrides, error)) return fail(error);
  options.join.trace.config.overrides = options.join.lint.rule_overrides;
  options.join.trace.paths = options.trace_paths.resolved();
  options.join.trace.threads = options.join.lint.threads;
  options.join.trace.config.forced_path = options.join.lint.config_path;
  std::unique_ptr<process::PrivateTempDir> temp = process::PrivateTempDir::create("v8lint-run-", error);
  if (!temp) return fail(error);
  Scratch scratch{temp->path() / "logs", temp->path() / "bin"};
  std::error_code mkdir_error;
  if (!std::filesystem::create_directories(scratch.logs, mkdir_error)) {
    return fail("cannot create " + scratch.logs.string() + ": " + mkdir_error.message());
  }
  std::optional<int> child_code = run_child(options, scratch);
  if (!child_code) return kUsageError;
  std::vector<std::filesystem::path> logs = process::isolate_logs(scratch.logs);
  bool kept = options.keep_logs.empty() || process::keep_logs(logs, options.keep_logs, error);
  if (!kept) fail(error);
  int report_code = logs.empty()
                        ? fail("'" + options.command.front() + "' started no node process: no V8 log to analyze")
                        : analyze(options, logs);
  // The child's failure is the caller's first concern (a CI step running
  // `v8lint run -- npm test` must still fail on failing tests); then v8lint's own.
  if (*child_code != 0) return *child_code;
  return kept ? report_code : kUsageError;
}

}  // namespace

CommandRunner add_run_command(CLI::App& app) {
  auto options = std::make_shared<RunOptions>();
  auto* run_app = app.add_subcommand("run", "Run a command with V8's logging on, then report the trace and static "
                                            "passes joined (v8lint run [OPTIONS] -- COMMAND [ARGS...])");
  run_app->add_option("command", options->command, "The command: node itself, npm test, a script...")->required();
  run_app->add_option("--node", options->node, "The node binary (default: node on PATH)");
  run_app->add_option("--keep-logs", options->keep_logs, "Copy the V8 logs (one per isolate) into DIR");
  run_app->add_flag("--maps", options->maps, "Also log map (hidden class) events (--log-maps)");
  options->trace_paths.add_to(*run_app);
  run_app->add_option("--config", options->join.lint.config_path, "Use this configuration file for every source file");
  run_app->add_option("--rule", options->rule_specs, "ID=off|note|warn|error, on top of the configuration (repeatable)")
      ->allow_extra_args(false);
  run_app->add_option("-j,--threads", options->join.lint.threads, "Worker threads for both passes (default: all cores)");
  add_output_options(*run_app, options->output);
  return [options] { return run(*options); };
}

}  // namespace v8lint::cli
