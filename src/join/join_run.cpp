#include "join/join_run.h"

#include <algorithm>
#include <iterator>

#include "join/ic_shapes.h"

namespace v8lint::join {
namespace {

void append(std::vector<std::string>& to, std::vector<std::string>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

JoinOutcome run_join(const JoinRequest& request) {
  JoinOutcome outcome;
  trace::TraceOutcome traced = trace::run_trace(request.trace);
  outcome.logs_read = traced.files_read;
  outcome.summary_lines = std::move(traced.summary_lines);
  append(outcome.errors, traced.errors);
  append(outcome.warnings, traced.warnings);
  outcome.diagnostics = std::move(traced.diagnostics);

  LintRequest lint = request.lint;
  if (lint.paths.empty()) lint.paths = traced.source_files;
  if (!lint.paths.empty()) {
    LintOutcome linted = run_lint(lint);
    outcome.aborted = linted.aborted;
    outcome.files_linted = linted.files_linted;
    append(outcome.errors, linted.errors);
    std::move(linted.diagnostics.begin(), linted.diagnostics.end(), std::back_inserter(outcome.diagnostics));
  }
  attach_object_shapes(outcome.diagnostics, traced.source_files);
  std::sort(outcome.diagnostics.begin(), outcome.diagnostics.end(), diagnostic_less);
  return outcome;
}

}  // namespace v8lint::join
