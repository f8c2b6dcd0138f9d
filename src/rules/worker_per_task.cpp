#include "rules/worker_per_task.h"

#include <array>
#include <optional>
#include <string>

#include "semantic/call_shape.h"
#include "semantic/repetition.h"

namespace v8lint {
namespace {

// Methods that put a worker into a collection: a pool being filled or refilled.
constexpr std::array<std::string_view, 4> kCollectionAdds = {"push", "add", "set", "unshift"};

bool constructs_worker(const SyntaxTree& tree, TSNode construction) {
  TSNode constructor = field(construction, "constructor");
  return last_name(tree, constructor) == "Worker" &&
         (is(constructor, "identifier") || is(constructor, "member_expression"));
}

// `workers.push(new Worker(...))`, `this.pool[i] = new Worker(...)`: the
// worker is kept for reuse, which is what a pool does.
bool kept_for_reuse(const SyntaxTree& tree, TSNode construction) {
  TSNode parent = ts_node_parent(construction);
  if (is(parent, "arguments")) {
    std::string_view method = method_name(tree, ts_node_parent(parent));
    for (std::string_view add : kCollectionAdds)
      if (method == add) return true;
  }
  if (is(parent, "assignment_expression") && ts_node_eq(field(parent, "right"), construction)) {
    TSNode target = field(parent, "left");
    return is(target, "member_expression") || is(target, "subscript_expression");
  }
  return false;
}

// `for (const b of benchmarks) await run(b)` where `run` starts the worker:
// one thread at a time, each task in a fresh isolate on purpose (benchmark
// and test harnesses want exactly that isolation).
// The hot function is the site's own or the nearest one around it (`run` for
// a worker started in the `new Promise` executor inside `run`).
bool started_one_at_a_time(const FunctionModel& functions, const SiteContext& site) {
  if (!ts_node_is_null(site.loop)) return false;
  size_t f = site.function;
  while (f != kNoFunction && !functions.functions()[f].hot) f = functions.functions()[f].parent;
  if (f == kNoFunction) return false;
  const std::optional<HotReason>& hot = functions.functions()[f].hot;
  if (hot->kind != HotKind::CalledInLoop) return false;
  TSNode parent = ts_node_parent(hot->site);
  while (is(parent, "parenthesized_expression")) parent = ts_node_parent(parent);
  return is(parent, "await_expression");
}

}  // namespace

void WorkerPerTask::on_node(RuleContext& context, TSNode node) {
  if (constructs_worker(context.tree(), node))
    candidates_.push_back(SitedNode{node, context.model().functions().current_site()});
}

void WorkerPerTask::on_file_end(RuleContext& context) {
  const SyntaxTree& tree = context.tree();
  if (candidates_.empty() || !imports_worker_threads(tree)) return;
  for (const SitedNode& candidate : candidates_) {
    // A counted `for` loop starting workers is how pools are built (`for (i < os.cpus().length)`).
    if (is(candidate.site.loop, "for_statement") || kept_for_reuse(tree, candidate.node) ||
        started_one_at_a_time(context.model().functions(), candidate.site))
      continue;
    std::optional<std::string> why = why_repeated(tree, context.model().functions(), candidate.site);
    if (!why) continue;
    context.report(candidate.node,
                   "`new Worker(...)` " + *why +
                       ": every task starts a thread with its own V8 isolate, heap and event loop, which takes "
                       "tens of milliseconds and megabytes before any work is done; start a fixed pool once "
                       "and post tasks to it");
  }
}

}  // namespace v8lint
