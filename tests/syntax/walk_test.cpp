#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

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

// Enter/leave events of `walk`, and of a reference walk that asks each node
// for its children by index, must be the same: the walk counts the children
// left at each level instead of letting the cursor find the end.
std::string events_of_walk(TSNode root) {
  std::string events;
  walk(
      root, [&](TSNode n) { events += "<" + std::string(kind(n)); return true; },
      [&](TSNode n) { events += ">" + std::string(kind(n)); });
  return events;
}

std::string events_by_child_index(TSNode root) {
  std::string events = "<" + std::string(kind(root));
  std::vector<std::pair<TSNode, uint32_t>> open{{root, 0}};  // node, index of its next child
  while (!open.empty()) {
    auto& [node, next] = open.back();
    if (next == ts_node_child_count(node)) {
      events += ">" + std::string(kind(node));
      open.pop_back();
      continue;
    }
    TSNode child = ts_node_child(node, next++);
    events += "<" + std::string(kind(child));
    open.emplace_back(child, 0);
  }
  return events;
}

TEST(Walk, VisitsWhatChildIndexesReach) {
  // Long statement and argument lists (hidden repeat nodes), comments (extras), an alias
  // (shorthand property identifiers), template substitutions, JSX, and a syntax error.
  const std::string code =
      "// head\nlet a = 1, b = [1, , 3]; /* mid */ f(a, b, c, d, e);\n"
      "const o = { a, b, m() { return `x${a}y${b}`; } };\n"
      "for (const k in o) { if (k) continue; else break; }\n"
      "class C extends D { #p = 1; static s() {} get g() { return this.#p; } }\n"
      "const el = <div id=\"x\">{a}<span/></div>;\n"
      "function broken( { return 1 }\n";
  SourceText source("a.jsx", code);
  SyntaxTree tree(source, Dialect::JavaScript);
  EXPECT_EQ(events_of_walk(tree.root()), events_by_child_index(tree.root()));
}

TEST(SyntaxTreeText, IsEmptyForANullNode) {
  SourceText source("a.js", "f(x);");
  SyntaxTree tree(source, Dialect::JavaScript);
  EXPECT_EQ(tree.text(TSNode{}), "");
  EXPECT_EQ(tree.text(tree.root()), "f(x);");
}

TEST(SyntaxTreeSymbol, AnswersAsTreeSitterDoesForEveryNamedKind) {
  for (Dialect dialect : {Dialect::JavaScript, Dialect::TypeScript, Dialect::Tsx}) {
    SourceText source("a.ts", "");
    SyntaxTree tree(source, dialect);
    const TSLanguage* language = tree.language();
    for (TSSymbol s = 0; s < ts_language_symbol_count(language); ++s) {
      std::string name = ts_language_symbol_name(language, s);
      EXPECT_EQ(tree.symbol(name), ts_language_symbol_for_name(language, name.data(), name.size(), true)) << name;
    }
    EXPECT_EQ(tree.symbol("ERROR"), static_cast<TSSymbol>(-1));
    EXPECT_EQ(tree.symbol("no_such_kind"), 0);
    EXPECT_NE(tree.symbol("comment"), 0);
  }
}

// Long lists take the cursor path, short ones the index path: both must give
// tree-sitter's children in order, named ones only when asked, and stop early.
TEST(ForEachChild, GivesTheChildrenTreeSitterIndexesGive) {
  for (int elements : {4, 40}) {  // 4: 5 named children (a comment), 11 in all: the index path
    std::string code = "[";
    for (int i = 0; i < elements; ++i) code += std::to_string(i) + (i % 7 == 0 ? ", /* c */ " : ", ");
    code += "];";
    SourceText source("a.js", code);
    SyntaxTree tree(source, Dialect::JavaScript);
    TSNode array = ts_node_named_child(ts_node_named_child(tree.root(), 0), 0);
    ASSERT_EQ(kind(array), "array");
    for (Children which : {Children::All, Children::Named}) {
      bool named = which == Children::Named;
      uint32_t count = named ? ts_node_named_child_count(array) : ts_node_child_count(array);
      std::vector<std::string> expected, seen;
      for (uint32_t i = 0; i < count; ++i)
        expected.emplace_back(tree.text(named ? ts_node_named_child(array, i) : ts_node_child(array, i)));
      for_each_child(array, which, [&](TSNode child) {
        seen.emplace_back(tree.text(child));
        return true;
      });
      EXPECT_EQ(seen, expected) << elements;
      seen.clear();
      for_each_child(array, which, [&](TSNode child) {
        seen.emplace_back(tree.text(child));
        return seen.size() < 5;
      });
      EXPECT_EQ(seen, std::vector<std::string>(expected.begin(), expected.begin() + 5)) << elements;
    }
  }
}

// Aliased nodes (`property_identifier`, JSX's `identifier`, TS's `type_identifier`),
// anonymous tokens, hidden-rule children and ERROR nodes all answer as ts_node_is_named.
TEST(SyntaxTreeNamed, AnswersAsTreeSitterForEveryNode) {
  const std::pair<Dialect, std::string> samples[] = {
      {Dialect::JavaScript, "o.p = <A.B x={1}>t</A.B>; class C { #f = 1; get g() { return this.#f; } }"},
      {Dialect::TypeScript, "type T<U> = { a?: U }; let x: T<number> = { a: 1 } as const; enum E { A }"},
      {Dialect::Tsx, "const f = (p: P) => <div {...p}>{p.children}</div>; let = ;"},
  };
  for (const auto& [dialect, text] : samples) {
    SourceText source("a", text);
    SyntaxTree tree(source, dialect);
    size_t nodes = 0, anonymous = 0;
    walk(
        tree.root(),
        [&](TSNode node) {
          ++nodes;
          anonymous += !ts_node_is_named(node);
          EXPECT_EQ(tree.named(ts_node_symbol(node)), ts_node_is_named(node)) << ts_node_type(node);
          return true;
        },
        [](TSNode) {});
    EXPECT_GT(anonymous, 0u);
    EXPECT_GT(nodes - anonymous, 0u);
  }
}

}  // namespace v8lint
