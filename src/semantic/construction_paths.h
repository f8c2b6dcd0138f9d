// Whether a property write in a constructor runs on every path through it.
// A write that some paths skip gives the constructor's objects two hidden
// classes. Shared by late-property-add and the join's object shapes.
#pragma once

#include <vector>

#include <tree_sitter/api.h>

#include "syntax/syntax_tree.h"

namespace v8lint {

// `this.x` / `o.x` in `this.x = value`, given the value: where the property is added.
TSNode write_target(TSNode value);

// The innermost construct between a write and the function creating the
// object that may skip the write (a branch, a loop, a callback), or a null node.
TSNode condition_around(const SyntaxTree& tree, TSNode write, TSNode creator);

// `if (a) this.x = 1; else this.x = 2;`: both branches of the `if` that is
// `condition` hold one of the writes, so together they run on every path.
bool set_on_both_branches(TSNode condition, const std::vector<TSNode>& writes);

}  // namespace v8lint
