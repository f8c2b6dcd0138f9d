// Each subcommand lives in its own file and registers itself on the app; the
// returned function runs it after parsing and yields the process exit code:
// 0 clean, 1 findings at the failing level, 2 usage/config/I/O error.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace v8lint::cli {

using CommandRunner = std::function<int()>;

CommandRunner add_check_command(CLI::App& app);
CommandRunner add_rules_command(CLI::App& app);
CommandRunner add_explain_command(CLI::App& app);
CommandRunner add_trace_command(CLI::App& app);
CommandRunner add_run_command(CLI::App& app);

}  // namespace v8lint::cli
