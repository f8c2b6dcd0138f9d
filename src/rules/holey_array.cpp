#include "rules/holey_array.h"

#include <charconv>
#include <optional>
#include <string>

#include "rules/delete_property.h"
#include "semantic/binding_queries.h"
#include "semantic/call_shape.h"

namespace v8lint {
namespace {

constexpr std::string_view kAdvice = "; build it packed with `[]` and `push`, or `Array.from({ length: n }, fn)`";

// `[1, , 3]`, `[, x]`: a comma right after `[` or after another comma is a hole.
bool has_hole(TSNode array) {
  bool after_element = false, hole = false;
  for_each_child(array, Children::All, [&](TSNode child) {
    if (is(child, ",")) {
      hole = !after_element;
      after_element = false;
    } else if (ts_node_is_named(child) && !is(child, "comment")) {
      after_element = true;
    }
    return !hole;
  });
  return hole;
}

std::optional<int64_t> integer_literal(const SyntaxTree& tree, TSNode node) {
  if (!is(node, "number")) return std::nullopt;
  std::string_view text = tree.text(node);
  int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// `new Array(n)` / `Array(n)` with one argument that may be a length (not `new Array('a')`).
bool is_sized_array_constructor(const SyntaxTree& tree, TSNode node, TSNode callee) {
  if (!is(callee, "identifier") || tree.text(callee) != "Array") return false;
  TSNode arguments = call_parts(node).arguments;
  if (ts_node_is_null(arguments) || ts_node_named_child_count(arguments) != 1) return false;
  TSNode length = unparenthesized(ts_node_named_child(arguments, 0));
  if (is(length, "number")) return integer_literal(tree, length).value_or(1) != 0;
  return is(length, "identifier") || is(length, "member_expression") || is(length, "binary_expression") ||
         is(length, "call_expression");
}

// `.fill(x)` right after the constructor: a common belief is that it makes the array packed.
bool is_filled(const SyntaxTree& tree, TSNode constructor) {
  TSNode member = ts_node_parent(constructor);
  return is(member, "member_expression") && tree.text(field(member, "property")) == "fill";
}

// `a[a.length + k] = x` with k >= 1 leaves k holes.
bool writes_past_length(const SyntaxTree& tree, TSNode subscript) {
  TSNode object = object_identifier(subscript);
  TSNode index = unparenthesized(field(subscript, "index"));
  if (ts_node_is_null(object) || !is(index, "binary_expression") || tree.text(field(index, "operator")) != "+")
    return false;
  TSNode length = field(index, "left");
  return tree.text(length) == std::string(tree.text(object)) + ".length" &&
         integer_literal(tree, field(index, "right")).value_or(0) >= 1;
}

}  // namespace

// Dispatches on the kind read once: on_node runs for every call in the file.
void HoleyArray::on_node(RuleContext& context, TSNode node) {
  std::string_view k = kind(node);
  if (k == "array") {
    if (has_hole(node)) context.report(node, "this array literal has holes, so it starts HOLEY" + std::string(kAdvice));
  } else if (k == "assignment_expression") {
    on_assignment(context, node);
  } else if (k == "unary_expression") {
    on_unary(context, node);
  } else {
    on_call(context, node, field(node, k == "new_expression" ? "constructor" : "function"));
  }
}

void HoleyArray::on_unary(RuleContext& context, TSNode unary) {
  TSNode target = unparenthesized(field(unary, "argument"));
  if (context.tree().text(field(unary, "operator")) == "delete" && deletes_array_element(target))
    context.report(unary, "`delete` on an array element leaves a hole and makes the array HOLEY for good; use "
                          "`splice`, or store `undefined`");
}

// `new Array(n)`, `Array(n)`, or `a.push(...)` (a growth).
void HoleyArray::on_call(RuleContext& context, TSNode call, TSNode callee) {
  const SyntaxTree& tree = context.tree();
  if (is_sized_array_constructor(tree, call, callee)) {
    std::string fill = is_filled(tree, call) ? " (`.fill()` does not make it packed again)" : "";
    context.report(call, "`" + std::string(tree.text(callee)) + "(n)` creates an array of n holes, so it is HOLEY for good" +
                             fill + std::string(kAdvice));
  } else if (TSNode array = push_receiver(tree, call); !ts_node_is_null(array)) {
    growths_.push_back(Growth{call, array, -1, ts_node_named_child_count(call_parts(call).arguments)});
  }
}

void HoleyArray::on_assignment(RuleContext& context, TSNode assignment) {
  TSNode left = unparenthesized(field(assignment, "left"));
  if (!is(left, "subscript_expression")) return;
  if (writes_past_length(context.tree(), left)) {
    context.report(left, "writing past `length` leaves holes, so the array becomes HOLEY for good" + std::string(kAdvice));
    return;
  }
  TSNode object = object_identifier(left);
  auto index = integer_literal(context.tree(), unparenthesized(field(left, "index")));
  if (!ts_node_is_null(object) && index) growths_.push_back(Growth{left, object, *index, 0});
}

// `const a = []; a[0] = x; a[2] = y`: each constant index must be the current length.
void HoleyArray::report_writes_past_the_end(RuleContext& context) {
  const BindingIndex& index = context.model().bindings();
  std::unordered_map<int32_t, int64_t> length_of;  // bindings created as `[]` -> elements written so far
  for (const Growth& growth : growths_) {
    int32_t binding = index.binding_of(growth.object);
    TSNode created = index.sole_value(binding);
    if (ts_node_is_null(created) || !is(created, "array") || ts_node_named_child_count(created) != 0) continue;
    int64_t& length = length_of[binding];
    if (growth.index < 0) {
      length += growth.pushed;
    } else if (growth.index == length) {
      ++length;
    } else if (growth.index > length) {
      context.report(growth.node, "`" + std::string(context.tree().text(growth.object)) + "` holds " +
                                      std::to_string(length) + " element(s) here, so writing index " +
                                      std::to_string(growth.index) + " leaves holes and makes it HOLEY for good",
                     {context.related(created, "the array is created empty here")});
      length = growth.index + 1;
    }
  }
}

void HoleyArray::on_file_end(RuleContext& context) { report_writes_past_the_end(context); }

}  // namespace v8lint
