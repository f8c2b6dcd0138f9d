#include "rules/worker_for_io.h"

#include <algorithm>
#include <array>
#include <string>

#include "semantic/call_roles.h"
#include "semantic/call_shape.h"

namespace v8lint {
namespace {

// File system promises, HTTP and database clients: awaiting them waits on the
// kernel or the network, not on the CPU.
constexpr std::array<std::string_view, 20> kIoMethods = {
    "readFile", "writeFile", "appendFile", "readdir", "stat",    "lstat",  "mkdir", "rm",     "unlink", "rename",
    "copyFile", "access",    "open",       "query",   "execute", "request", "fetch", "json", "text",   "arrayBuffer"};
// Calls that only move messages, load modules, log, or combine promises.
constexpr std::array<std::string_view, 10> kPlumbing = {"require", "postMessage", "on",   "once", "log",
                                                        "error",   "warn",        "exit", "all",  "allSettled"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string_view called(const SyntaxTree& tree, TSNode call) {
  CallParts parts = call_parts(call);
  return parts.callee_kind == "identifier" ? tree.text(parts.callee) : method_name(tree, call);
}

bool is_awaited(TSNode call) {
  TSNode parent = ts_node_parent(call);
  while (is(parent, "parenthesized_expression")) parent = ts_node_parent(parent);
  return is(parent, "await_expression");
}

}  // namespace

void WorkerForIo::on_node(RuleContext& context, TSNode node) {
  if (!is(node, "call_expression")) {
    computes_ = true;  // any loop may be arithmetic: not judged
    return;
  }
  const SyntaxTree& tree = context.tree();
  std::string_view name = called(tree, node);
  if (contains(kIoMethods, name)) {
    if (is_awaited(node)) io_waits_.push_back(node);
  } else if (runs_callback_per_element(tree, node)) {
    computes_ = true;
  } else if (!contains(kPlumbing, name)) {
    unknown_calls_.push_back(node);
  }
}

void WorkerForIo::on_file_end(RuleContext& context) {
  const SyntaxTree& tree = context.tree();
  if (computes_ || io_waits_.empty() || !is_worker_script(tree)) return;
  const std::vector<FunctionInfo>& functions = context.model().functions().functions();
  for (TSNode call : unknown_calls_) {
    std::string_view name = called(tree, call);
    bool own_function = std::any_of(functions.begin(), functions.end(),
                                    [&](const FunctionInfo& f) { return !name.empty() && f.name == name; });
    if (!own_function) return;
  }
  context.report(field(io_waits_.front(), "function"),
                 "this worker does no CPU work of its own: it only awaits I/O (" + std::to_string(io_waits_.size()) +
                     " awaited I/O call" + (io_waits_.size() == 1 ? "" : "s") +
                     ") and passes messages; the main thread's event loop already overlaps I/O, so the worker adds "
                     "an isolate, a heap and message copying for nothing; do the I/O on the main thread");
}

}  // namespace v8lint
