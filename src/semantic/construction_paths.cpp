#include "semantic/construction_paths.h"

#include "semantic/binding_queries.h"
#include "semantic/function_model.h"

namespace v8lint {
namespace {

bool is_conditional_step(const SyntaxTree& tree, TSNode node) {
  std::string_view k = kind(node);
  if (k == "if_statement" || k == "ternary_expression" || k == "switch_case" || k == "catch_clause" ||
      k == "for_statement" || k == "for_in_statement" || k == "while_statement" || k == "do_statement" ||
      is_function(node))
    return true;
  if (k != "binary_expression") return false;
  std::string_view op = tree.text(field(node, "operator"));
  return op == "&&" || op == "||" || op == "??";
}

bool contains(TSNode outer, TSNode inner) {
  return ts_node_start_byte(outer) <= ts_node_start_byte(inner) && ts_node_end_byte(inner) <= ts_node_end_byte(outer);
}

}  // namespace

TSNode write_target(TSNode value) {
  TSNode assignment = ts_node_parent(value);
  return is(assignment, "assignment_expression") ? field(assignment, "left") : value;
}

TSNode condition_around(const SyntaxTree& tree, TSNode write, TSNode creator) {
  return nearest_ancestor(write, [&tree](TSNode up) { return is_conditional_step(tree, up); }, creator);
}

bool set_on_both_branches(TSNode condition, const std::vector<TSNode>& writes) {
  if (!is(condition, "if_statement")) return false;
  TSNode consequence = field(condition, "consequence");
  TSNode alternative = field(condition, "alternative");
  bool in_consequence = false, in_alternative = false;
  for (TSNode write : writes) {
    in_consequence = in_consequence || (!ts_node_is_null(consequence) && contains(consequence, write));
    in_alternative = in_alternative || (!ts_node_is_null(alternative) && contains(alternative, write));
  }
  return in_consequence && in_alternative;
}

}  // namespace v8lint
