#include "semantic/call_shape.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>

#include "core/source_text.h"
#include "syntax/syntax_tree.h"

namespace v8lint {
namespace {

// The first call_expression of the file, in document order.
TSNode first_call(const SyntaxTree& tree) {
  TSNode found{};
  walk(
      tree.root(),
      [&](TSNode node) {
        if (ts_node_is_null(found) && is(node, "call_expression")) found = node;
        return ts_node_is_null(found);
      },
      [](TSNode) {});
  return found;
}

TEST(CallParts, ReadsCalleeMemberAndArguments) {
  SourceText source("a.js", "server.on('data', h);");
  SyntaxTree tree(source, Dialect::JavaScript);
  TSNode call = first_call(tree);
  CallParts parts = call_parts(call);
  EXPECT_EQ(tree.text(parts.callee), "server.on");
  EXPECT_EQ(parts.callee_kind, "member_expression");
  EXPECT_EQ(tree.text(parts.object), "server");
  EXPECT_EQ(tree.text(parts.property), "on");
  EXPECT_EQ(tree.text(parts.arguments), "('data', h)");
  EXPECT_EQ(method_name(tree, call), "on");
  EXPECT_EQ(tree.text(call_argument(call, 1)), "h");
}

TEST(CallParts, AnIdentifierCalleeHasNoMemberParts) {
  SourceText source("a.js", "setInterval(tick, 10);");
  SyntaxTree tree(source, Dialect::JavaScript);
  CallParts parts = call_parts(first_call(tree));
  EXPECT_EQ(parts.callee_kind, "identifier");
  EXPECT_TRUE(ts_node_is_null(parts.object));
  EXPECT_TRUE(ts_node_is_null(parts.property));
  EXPECT_EQ(global_function_name(tree, first_call(tree)), "setInterval");
}

TEST(CallParts, PushReceiverIsThePlainIdentifierAPushGrows) {
  const std::pair<std::string, std::string> cases[] = {
      {"items.push(1);", "items"}, {"this.items.push(1);", ""}, {"items.pop();", ""}, {"push(items);", ""}};
  for (const auto& [code, receiver] : cases) {
    SourceText source("a.js", code);
    SyntaxTree tree(source, Dialect::JavaScript);
    TSNode found = push_receiver(tree, first_call(tree));
    EXPECT_EQ(ts_node_is_null(found) ? "" : std::string(tree.text(found)), receiver) << code;
  }
}

// The parts are kept for the last call asked about: a call of the next tree at
// the same place (same start byte; its node may even get a freed node's
// address) must get its own parts.
TEST(CallParts, ACallOfTheNextTreeAtTheSamePlaceGetsItsOwnParts) {
  for (int round = 0; round < 20; ++round) {
    auto first_source = std::make_unique<SourceText>("a.js", "alpha.beta(1);");
    auto first = std::make_unique<SyntaxTree>(*first_source, Dialect::JavaScript);
    EXPECT_EQ(method_name(*first, first_call(*first)), "beta");
    first.reset();
    first_source.reset();
    SourceText second_source("b.js", "gamma.delta(2);");
    SyntaxTree second(second_source, Dialect::JavaScript);
    TSNode call = first_call(second);
    EXPECT_EQ(method_name(second, call), "delta");
    EXPECT_EQ(second.text(call_parts(call).callee), "gamma.delta");
  }
}

}  // namespace
}  // namespace v8lint
