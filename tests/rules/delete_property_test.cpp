#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rule_test_util.h"

namespace v8lint {
namespace {

using Findings = std::vector<std::string>;

Findings findings(std::string_view code) { return finding_positions("delete-property", code); }

TEST(DeleteProperty, IsRegisteredAndDocumented) { EXPECT_EQ(missing_rule_parts("delete-property"), Findings{}); }

TEST(DeleteProperty, DeleteOfANamedPropertyOfARecord) {
  auto diagnostics = lint_with_rule("delete-property", "const copy = { a: 1, b: 2 };\ndelete copy.b;\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule_id, "delete-property");
  EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
  EXPECT_EQ(diagnostics[0].location.start, (Position{2, 1}));
  EXPECT_EQ(diagnostics[0].message,
            "`delete` of `b` turns `copy` into a slow dictionary-mode object; use a `Map`, or set the property to "
            "`undefined`");
}

TEST(DeleteProperty, DeleteThroughThisAndLiteralKeys) {
  EXPECT_EQ(findings("class A {\n  m() { delete this.x; }\n}\n"), Findings{"delete-property 2:9"});
  EXPECT_EQ(findings("const o = { name: 1 };\nif (o) delete (o['name']);\n"), Findings{"delete-property 2:8"});
}

TEST(DeleteProperty, LongObjectExpressionsAreNotQuoted) {
  auto diagnostics = lint_with_rule("delete-property", "delete (o\n  .b).c;\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].message,
            "`delete` of `c` turns the object into a slow dictionary-mode object; use a `Map`, or set the property to "
            "`undefined`");
}

TEST(DeleteProperty, ComputedDeleteOnAVariableAlsoUsedAsARecord) {
  EXPECT_EQ(findings("function f(o, k) {\n  o.size = 1;\n  delete o[k];\n}\n"), Findings{"delete-property 3:3"});
}

TEST(DeleteProperty, DictionariesAreNotReported) {
  EXPECT_EQ(findings("const d = Object.create(null);\nd.a = 1;\ndelete d.a;\n"), Findings{});
  EXPECT_EQ(findings("const d = { __proto__: null, a: 1 };\ndelete d.a;\n"), Findings{});
  EXPECT_EQ(findings("function drop(cache, key) {\n  if (cache[key]) delete cache[key];\n}\n"), Findings{});
  EXPECT_EQ(findings("class A {\n  drop(key) { delete this.cache[key]; }\n}\n"), Findings{});
  EXPECT_EQ(findings("delete opts.headers.cookie;\ndelete Foo.prototype.props;\n"), Findings{});
  EXPECT_EQ(findings("function f(k) {\n  let o = a;\n  o.size = 1;\n  o = b;\n  delete o[k];\n}\n"), Findings{});
  EXPECT_EQ(findings("delete process.env.DEBUG;\ndelete require.cache[file];\ndelete globalThis.x;\n"), Findings{});
}

// Third precision run: EventEmitter polyfills' `events[type]`, `redirectHeaders`, @hapi/bourne.
TEST(DeleteProperty, ComputedReadsHeaderMapsAndProtoKeysAreDictionaryUse) {
  EXPECT_EQ(findings("function off(type) {\n  const events = this._events;\n  if (events.newListener) emit();\n"
                     "  if (events[type]) delete events[type];\n}\n"),
            Findings{});
  EXPECT_EQ(findings("function f(o, k) {\n  o.size = 1;\n  o[k] = 2;\n  delete o.size;\n}\n"), Findings{});
  EXPECT_EQ(findings("function f(redirectHeaders) {\n  redirectHeaders.host = h;\n  delete redirectHeaders.cookie;\n}\n"),
            Findings{});
  EXPECT_EQ(findings("function clean(node) {\n  node.a = 1;\n  delete node.__proto__;\n}\n"), Findings{});
  EXPECT_EQ(findings("function f(o, k, j) {\n  o.size = 1;\n  delete o[k];\n  delete o[j];\n}\n"),
            (Findings{"delete-property 3:3", "delete-property 4:3"}));
}

TEST(DeleteProperty, LengthAndMethodCallsDoNotMakeARecord) {
  EXPECT_EQ(findings("function f(slots, i) {\n  if (slots.length && slots.hasOwnProperty(i)) delete slots[i];\n}\n"), Findings{});
  EXPECT_EQ(findings("function f(o, k) {\n  o.size = 1;\n  delete o['trust proxy'];\n}\n"), Findings{});
  EXPECT_EQ(findings("function f(o, k) {\n  o.a.b();\n  delete o[k];\n}\n"), Findings{"delete-property 3:3"});
}

TEST(DeleteProperty, ArrayElementsAreLeftToHoleyArray) {
  EXPECT_EQ(findings("const list = [1, 2];\ndelete list[0];\n"), Findings{});
}

TEST(DeleteProperty, OtherUnaryOperatorsAreNotDeletes) {
  EXPECT_EQ(findings("const o = { a: 1 };\nvoid o.a;\ntypeof o.a;\n"), Findings{});
}

}  // namespace
}  // namespace v8lint
