#include <gtest/gtest.h>

#include <string>

#include "core/source_text.h"
#include "syntax/syntax_tree.h"

namespace v8lint {

TEST(Walk, EntersAndLeavesEveryNodeOnceInOrder) {
  SourceText source("a.js", "f(1, [2]);");
  SyntaxTree tree(source, Dialect::JavaScript);
  std::string trace;
  walk(
      tree.root(),
      [&](TSNode n) {
        if (ts_node_is_named(n)) trace += "<" + std::string(kind(n));
        return true;
      },
      [&](TSNode n) {
        if (ts_node_is_named(n)) trace += ">";
      });
  EXPECT_EQ(trace,
            "<program<expression_statement<call_expression<identifier><arguments<number><array<number>>>>>>");
}

TEST(Walk, SkipsChildrenWhenEnterSaysSo) {
  SourceText source("a.js", "f(g(1));");
  SyntaxTree tree(source, Dialect::JavaScript);
  int calls = 0;
  walk(
      tree.root(), [&](TSNode n) { calls += is(n, "call_expression"); return !is(n, "call_expression"); },
      [](TSNode) {});
  EXPECT_EQ(calls, 1);
}

TEST(Walk, SurvivesDeepNesting) {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  SourceText source("deep.js", deep);
  SyntaxTree tree(source, Dialect::JavaScript);
  size_t nodes = 0;
  walk(tree.root(), [&](TSNode) { ++nodes; return true; }, [](TSNode) {});
  EXPECT_GT(nodes, 100000u);
}

}  // namespace v8lint
