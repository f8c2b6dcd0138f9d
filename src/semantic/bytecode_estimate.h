// Estimates the size of the bytecode V8's Ignition interpreter emits for a
// function, from the syntax tree alone: every node adds a fixed number of
// bytes for its kind. The table is fitted against Node 20's --print-bytecode
// by bench/calibration/calibrate.sh (see rules/oversized-function.md for the
// measured error).
#pragma once

#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "syntax/language.h"

namespace v8lint {

struct KindCost {
  std::string_view kind;
  double bytes;
};

// What one node adds to its function's bytecode.
struct NodeCost {
  double bytes = 0;
  bool children_add = true;  // false: the node's whole subtree is priced by `bytes`
};

class BytecodeCosts {
 public:
  // The shared table for one grammar (built once, thread-safe).
  static const BytecodeCosts& of(Dialect dialect);

  // Bytes `node` (a child of `parent`) adds to its function, not counting its
  // children unless it says so. A function node's cost is what creating the
  // closure adds to the enclosing function. The caller passes both nodes'
  // symbols (a null parent's is 0): it has them already.
  NodeCost price(TSNode node, TSSymbol symbol, TSNode parent, TSSymbol parent_symbol) const;

  // Bytes a function starts with before its nodes are priced: the implicit
  // `return undefined`, plus the async/generator machinery around its body.
  double function_base(TSNode function) const;
  // The fitted table, for calibration tooling.
  static const std::vector<KindCost>& table();

 private:
  explicit BytecodeCosts(const TSLanguage* language);
  friend const BytecodeCosts& per_grammar<BytecodeCosts>(Dialect dialect);
  std::vector<double> by_symbol_;
  // Symbols whose price depends on more than their kind (see cost_entry): the
  // fast path prices every other node by symbol alone.
  std::vector<bool> needs_entry_;
  std::vector<bool> is_array_;
  double constant_pair_;
  double constant_element_;
  double for_of_;
  double for_await_;
  double yield_delegate_;
  std::vector<double> by_body_kind_;  // parallel to the body kinds of function_body_kind
};

// The table entry that prices `node`: its kind, "pair(constant)" or
// "element(constant)" for the parts of an object or array literal V8 copies
// from a boilerplate (priced whole, with their subtree), or "" for TypeScript-
// only syntax (erased before V8 runs: its subtree costs nothing). Loops and
// yields that run the iterator protocol have entries of their own:
// "for_of_statement", "for_await_statement", "yield*".
struct CostEntry {
  std::string_view kind;
  bool covers_subtree = false;
};
CostEntry cost_entry(TSNode node, TSNode parent);

// The table entry for what V8 wraps around a function's body: "(async body)",
// "(generator body)", "(async generator body)", or "" for a plain function.
std::string_view function_body_kind(TSNode function);

}  // namespace v8lint
