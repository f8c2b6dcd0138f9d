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

class BytecodeCosts {
 public:
  // The shared table for one grammar (built once, thread-safe).
  static const BytecodeCosts& of(Dialect dialect);

  // Bytes a node adds to its function, not counting its children. A function
  // node's cost is what creating the closure adds to the enclosing function.
  double cost(TSNode node) const;

  // Bytes every function starts with (the implicit `return undefined`, ...).
  static double function_base();
  // The fitted table, for calibration tooling.
  static const std::vector<KindCost>& table();

 private:
  explicit BytecodeCosts(const TSLanguage* language);
  std::vector<double> by_symbol_;
};

// TypeScript syntax that is erased before V8 sees the code (annotations,
// interfaces, type aliases, ...): nothing beneath it emits bytecode.
bool is_type_only(TSNode node);

}  // namespace v8lint
