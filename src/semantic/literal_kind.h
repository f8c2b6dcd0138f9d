// The kind of a literal from its syntax alone (`1`, `'a'`, `[]`, `() => {}`),
// and whether a number literal is one V8 can keep as a small integer (Smi).
#pragma once

#include "semantic/value_kind.h"
#include "syntax/syntax_tree.h"

namespace v8lint {

// Unknown for anything computed (identifiers, calls, operators).
ValueKind literal_kind(const SyntaxTree& tree, TSNode node);

// `0.5`, `1e-3`: a number literal that is not written as an integer.
bool is_non_integer_literal(const SyntaxTree& tree, TSNode node);

}  // namespace v8lint
