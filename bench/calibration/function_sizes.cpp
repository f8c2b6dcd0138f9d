// Prints every function v8lint's FunctionModel finds in the given files, with
// its estimated bytecode size and the node kinds it is made of, as TSV:
//   path  start_byte  end_byte  name  estimate  kind=count,kind=count,...
// calibrate.sh joins this with Node's --print-bytecode to fit the per-kind
// costs in src/semantic/bytecode_estimate.cpp.
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "config/config.h"
#include "core/source_text.h"
#include "semantic/function_model.h"
#include "syntax/syntax_tree.h"

namespace v8lint {
namespace {

// The table entries the estimate prices this function with: its own nodes,
// each nested function node (the closure it creates) but nothing inside it,
// and each subtree priced whole (see cost_entry) as one entry.
std::map<std::string, int> own_kinds(const FunctionInfo& function) {
  std::map<std::string, int> counts;
  if (std::string_view body = function_body_kind(function.node); !body.empty()) counts[std::string(body)] = 1;
  std::vector<TSNode> parents;
  walk(
      function.node,
      [&](TSNode node) {
        bool own = ts_node_eq(node, function.node);
        CostEntry entry = own ? CostEntry{kind(node)} : cost_entry(node, parents.back());
        if (!own && ts_node_is_named(node) && !entry.kind.empty()) ++counts[std::string(entry.kind)];
        bool descend = own || (!entry.covers_subtree && !is_function(node));
        if (descend) parents.push_back(node);
        return descend;
      },
      [&](TSNode) { parents.pop_back(); });
  return counts;
}

void print_functions(const std::string& path, const std::string& bytes) {
  SourceText source(path, bytes);
  SyntaxTree tree(source, dialect_for_path(path).value_or(Dialect::JavaScript));
  HotConfig no_hot;
  FunctionModel model(tree, no_hot);
  walk(tree.root(), [&](TSNode n) { model.enter(visited(n)); return true; }, [&](TSNode n) { model.leave(n); });
  model.finish();
  for (const FunctionInfo& function : model.functions()) {
    std::cout << path << '\t' << ts_node_start_byte(function.node) << '\t' << ts_node_end_byte(function.node) << '\t'
              << function.name << '\t' << function.bytecode_estimate << '\t';
    const char* separator = "";
    for (const auto& [name, count] : own_kinds(function)) {
      std::cout << separator << name << '=' << count;
      separator = ",";
    }
    std::cout << '\n';
  }
}

}  // namespace
}  // namespace v8lint

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string bytes;
    std::string error;
    if (!v8lint::read_file(argv[i], bytes, error)) {
      std::cerr << error << '\n';
      return 1;
    }
    v8lint::print_functions(argv[i], bytes);
  }
  return 0;
}
