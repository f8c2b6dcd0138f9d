// One script the join looks into: its text, its syntax tree, and its function
// nodes, so V8's line:column positions can be matched to the code.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "core/source_text.h"
#include "syntax/syntax_tree.h"

namespace v8lint::join {

class ParsedScript {
 public:
  ParsedScript(std::string path, std::string bytes, Dialect dialect);
  ParsedScript(const ParsedScript&) = delete;
  ParsedScript& operator=(const ParsedScript&) = delete;

  const SourceText& source() const { return source_; }
  const SyntaxTree& tree() const { return tree_; }
  // The innermost function whose text contains `point` (null node: none).
  // V8 places a function at the `(` of its parameters (an unparenthesized
  // arrow parameter, for `x => ...`), which only that function contains.
  TSNode function_at(Position point) const;
  // The function node's location, at its name when it has one.
  Location function_location(TSNode function) const;
  // The expression V8 means by a deopt position: binary operations are placed
  // at their operator, property loads at the property name (null node: none).
  TSNode expression_at(Position point) const;
  // The name a member access reads: `k` of `o.k`, `o?.k` and `o["k"]`;
  // empty for other nodes and for computed or escaped keys.
  std::string_view member_key(TSNode node) const;
  // The name of the property V8 loads at `point`: it places `o.k` and `o?.k`
  // at `k`, `o["k"]` at the `[`; empty when no member access is there.
  std::string_view property_loaded_at(Position point) const { return member_key(expression_at(point)); }
  // The function declaration named `name` (null node: none).
  TSNode function_named(std::string_view name) const;
  // Whether `point` is where V8 places `function` itself (its parameter list).
  bool is_function_position(TSNode function, Position point) const;

 private:
  SourceText source_;
  SyntaxTree tree_;
  std::vector<TSNode> functions_;  // document order: by start byte
};

// Scripts parsed once per join, on first use, by absolute path.
class ScriptCache {
 public:
  // Null when the file cannot be read or is not JavaScript/TypeScript.
  const ParsedScript* get(const std::string& path);

 private:
  std::map<std::string, std::unique_ptr<ParsedScript>> scripts_;
};

}  // namespace v8lint::join
