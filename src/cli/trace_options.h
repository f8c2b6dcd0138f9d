// The options every command that reads V8 logs shares (`trace`, `check
// --trace`, `run`): where recorded script paths are found, and which scripts
// are reported.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "trace/script_paths.h"

namespace v8lint::cli {

class TracePathOptions {
 public:
  // --source-root, --path-map FROM=TO (repeatable), --include-internals,
  // --include-dependencies; each only together with `needs` when given (`check --trace`).
  void add_to(CLI::App& command, CLI::Option* needs = nullptr);
  // The parsed values, path maps split at their first '='.
  trace::PathOptions resolved() const;

 private:
  trace::PathOptions paths_;
  std::vector<std::string> path_maps_;
};

}  // namespace v8lint::cli
