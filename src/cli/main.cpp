// v8lint's command line: parses arguments and hands off to one subcommand.
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"

using namespace v8lint::cli;

int main(int argc, char** argv) {
  CLI::App app{"v8lint: find JavaScript and TypeScript that V8 optimizes badly"};
  app.set_version_flag("--version", std::string("v8lint ") + V8LINT_VERSION);
  app.require_subcommand(1);

  std::vector<std::pair<CLI::App*, CommandRunner>> commands;
  auto add = [&](CommandRunner runner) { commands.emplace_back(app.get_subcommands({}).back(), std::move(runner)); };
  add(add_check_command(app));
  add(add_rules_command(app));
  add(add_explain_command(app));
  add(add_trace_command(app));
  add(add_run_command(app));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  for (auto& [sub, run] : commands) {
    if (sub->parsed()) return run();
  }
  return 2;
}
