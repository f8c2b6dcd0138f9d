#include "semantic/call_arguments.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "config/config.h"
#include "core/source_text.h"
#include "syntax/syntax_tree.h"

namespace v8lint {
namespace {

// The file's calls of plain names, gathered on the model's walk as the rules gather them.
struct ModelledFile {
  explicit ModelledFile(const std::string& text) : source("a.js", text), tree(source, Dialect::JavaScript), model(tree, hot) {
    walk(
        tree.root(),
        [&](TSNode node) {
          model.enter(visited(node));
          if (is(node, "call_expression") || is(node, "new_expression")) calls.add(tree, node);
          return true;
        },
        [&](TSNode node) { model.leave(node); });
    model.finish();
  }
  // The kinds passed to the parameter named `name`.
  std::vector<std::string> passed(const CallArguments& arguments, std::string_view name) const {
    std::vector<std::string> kinds;
    const std::vector<Binding>& bindings = model.scopes().bindings();
    for (uint32_t b = 0; b < bindings.size(); ++b)
      if (bindings[b].kind == BindingKind::Parameter && bindings[b].name == name)
        for (const ArgumentValue& value : arguments.of(b)) kinds.emplace_back(value_kind_name(value.kind));
    return kinds;
  }

  HotConfig hot;
  SourceText source;
  SyntaxTree tree;
  SemanticModel model;
  NamedCalls calls;
};

TEST(NamedCalls, KeepsCallsAndNewOfPlainNamesWithArgumentsUpToASpread) {
  ModelledFile file("add(1, /* c */ 'a'); new Point(3); o.m(4); (f)(5); new a.B(6); g``; h(x, ...rest, 2);");
  std::vector<std::string> calls;
  for (const NamedCalls::Call& call : file.calls.calls()) {
    std::string text(file.tree.text(call.callee));
    for (uint32_t i = 0; i < call.argument_count; ++i) {
      const ArgumentValue& argument = file.calls.arguments()[call.first_argument + i];
      text += " " + std::string(file.tree.text(argument.node)) + ":" + std::string(value_kind_name(argument.kind));
    }
    calls.push_back(text);
  }
  EXPECT_EQ(calls, (std::vector<std::string>{"add 1:number 'a':string", "Point 3:number", "g", "h x:unknown"}));
}

TEST(CallArguments, FollowsCallsToDeclaredFunctionsAndConstructors) {
  ModelledFile file(
      "function add(a, b = 0) { return a + b; }\n"
      "class Point { constructor(x) { this.x = x; } }\n"
      "add(1, 'two'); add('one' /* c */, 2); add(...list);\n"
      "new Point(1.5); new Point(true);\n"
      "const other = (a) => a; other('s');\n");
  CallArguments arguments(file.tree, file.model, file.calls);
  EXPECT_EQ(file.passed(arguments, "a"), (std::vector<std::string>{"number", "string"}));
  EXPECT_EQ(file.passed(arguments, "b"), (std::vector<std::string>{"string", "number"}));
  EXPECT_EQ(file.passed(arguments, "x"), (std::vector<std::string>{"number", "boolean"}));
}

}  // namespace
}  // namespace v8lint
