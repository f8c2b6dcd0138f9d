// Small syntactic questions about calls and their surroundings, shared by the
// leak and worker rules: what a call is named, what it is called on, which
// function a node sits in. Every helper climbs parents or reads fields; none
// recurses.
#pragma once

#include <cstdint>
#include <string_view>

#include <tree_sitter/api.h>

#include "syntax/syntax_tree.h"

namespace v8lint {

// The parts of a call that the function model and half the rules all read:
// they visit each call one after another on the walk, so the parts of the
// last call asked about are kept (per thread) and read from the tree once.
// Returned by value: a reference would change under the caller with the next call asked about.
struct CallParts {
  TSNode callee;               // the `function` field; null for `new` (its callee is `constructor`)
  std::string_view callee_kind;  // kind(callee)
  TSNode object;               // `o` of an `o.m(...)` callee; null when the callee is no member access
  TSNode property;             // `m` of an `o.m(...)` callee; null when the callee is no member access
  TSNode arguments;            // the `arguments` field (a template string for a tagged template)
};
CallParts call_parts(TSNode call);

// The index-th argument of a call or `new` (null when absent).
TSNode call_argument(TSNode call, uint32_t index);

// `a.push(...)` -> `a`: the array a push grows, when it is a plain identifier;
// a null node for any other call.
TSNode push_receiver(const SyntaxTree& tree, TSNode call);

// `a.b.m(...)` -> "m"; empty when the callee is not a member access.
std::string_view method_name(const SyntaxTree& tree, TSNode call);

// `setInterval(...)`, `globalThis.setInterval(...)`, `timers.setInterval(...)`
// -> "setInterval": a call of a global function, written bare or through a
// global/module object. Empty for anything else.
std::string_view global_function_name(const SyntaxTree& tree, TSNode call);

// The name an expression ends in: `h` -> "h", `this.timer` -> "timer",
// `a.b[0]` -> "" (computed).
std::string_view last_name(const SyntaxTree& tree, TSNode expression);

// The innermost function around `node` (null at top level).
TSNode enclosing_function(TSNode node);

// The call a function literal is passed to as argument `index`, or null.
TSNode call_taking_function(TSNode function, uint32_t* index = nullptr);

// The file imports or requires `worker_threads` and uses `parentPort` or
// `workerData`: it runs inside a worker, not on the main thread.
bool is_worker_script(const SyntaxTree& tree);

// The file imports or requires `worker_threads` (`node:` prefix or not).
bool imports_worker_threads(const SyntaxTree& tree);

}  // namespace v8lint
