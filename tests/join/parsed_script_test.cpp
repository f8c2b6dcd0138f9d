// Matching V8's function positions (`code-creation` "fn file:line:col") to
// function nodes: V8 reports the `(` of the parameter list, or an
// unparenthesized arrow parameter (as the corpus logs show: `add` at 16:13 in
// type-change, the `Point` constructor at 19:14 in field-representation).
#include "join/parsed_script.h"

#include <gtest/gtest.h>

namespace v8lint::join {
namespace {

const char* kSource =
    "function add(a, b) {\n"                    // 1: `(` at 13
    "  return a + b;\n"                         // 2
    "}\n"                                       // 3
    "class Point {\n"                           // 4
    "  constructor(x) { this.x = x; }\n"        // 5: `(` at 14
    "  norm() { return [1].map(v => v * 2); }\n"  // 6: `(` at 7; arrow `v` at 27
    "}\n"                                       // 7
    "const twice = (n) => n * 2;\n";            // 8: `(` at 15

std::string start_of(const ParsedScript& script, Position point) {
  TSNode function = script.function_at(point);
  if (ts_node_is_null(function)) return "none";
  Position at = script.source().position_of(ts_node_start_byte(function));
  return std::string(kind(function)) + "@" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

TEST(ParsedScript, V8FunctionPositionsMatchTheInnermostFunction) {
  ParsedScript script("a.js", kSource, Dialect::JavaScript);
  EXPECT_EQ(start_of(script, {1, 13}), "function_declaration@1:1");
  EXPECT_EQ(start_of(script, {5, 14}), "method_definition@5:3");
  EXPECT_EQ(start_of(script, {6, 7}), "method_definition@6:3");
  EXPECT_EQ(start_of(script, {6, 27}), "arrow_function@6:27");
  EXPECT_EQ(start_of(script, {8, 15}), "arrow_function@8:15");
  EXPECT_EQ(start_of(script, {2, 10}), "function_declaration@1:1");  // a finding inside add()
  EXPECT_EQ(start_of(script, {4, 1}), "none");                        // class body, outside any function
  EXPECT_EQ(start_of(script, {40, 1}), "none");                       // past the end
}

TEST(ParsedScript, FunctionLocationIsItsName) {
  ParsedScript script("a.js", kSource, Dialect::JavaScript);
  Location at = script.function_location(script.function_at({1, 13}));
  EXPECT_EQ(at.start, (Position{1, 10}));
  EXPECT_EQ(at.end, (Position{1, 13}));
  at = script.function_location(script.function_at({8, 15}));  // anonymous arrow: its first character
  EXPECT_EQ(at.start, (Position{8, 15}));
}

TEST(ParsedScript, DeepNestingDoesNotOverflowTheStack) {
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "(() => ";
  deep += "0";
  for (int i = 0; i < 10000; ++i) deep += ")";
  ParsedScript script("deep.js", deep, Dialect::JavaScript);
  EXPECT_EQ(start_of(script, {1, 7 * 9999 + 2}), "arrow_function@1:69995");
}

}  // namespace
}  // namespace v8lint::join
