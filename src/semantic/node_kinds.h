// The JS/TS node kinds and fields the scope model looks at, resolved once per
// grammar, so the per-node work on the walk compares integers instead of
// kind and field names.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include <tree_sitter/api.h>

#include "syntax/language.h"
#include "syntax/syntax_tree.h"

namespace v8lint {

#define V8LINT_JS_NODE_KINDS(X)                                                                               \
  X(Program, "program") X(StatementBlock, "statement_block") X(SwitchBody, "switch_body")                      \
  X(FunctionDeclaration, "function_declaration") X(GeneratorFunctionDeclaration, "generator_function_declaration") \
  X(FunctionExpression, "function_expression") X(GeneratorFunction, "generator_function")                      \
  X(ArrowFunction, "arrow_function") X(MethodDefinition, "method_definition")                                  \
  X(ClassDeclaration, "class_declaration") X(AbstractClassDeclaration, "abstract_class_declaration")           \
  X(Class, "class") X(ClassBody, "class_body") X(ClassStaticBlock, "class_static_block")                       \
  X(FieldDefinition, "field_definition") X(PublicFieldDefinition, "public_field_definition")                   \
  X(CatchClause, "catch_clause") X(ForStatement, "for_statement") X(ForInStatement, "for_in_statement")        \
  X(VariableDeclaration, "variable_declaration") X(LexicalDeclaration, "lexical_declaration")                  \
  X(VariableDeclarator, "variable_declarator") X(FormalParameters, "formal_parameters")                        \
  X(RequiredParameter, "required_parameter") X(OptionalParameter, "optional_parameter")                        \
  X(AssignmentPattern, "assignment_pattern") X(ObjectPattern, "object_pattern") X(ArrayPattern, "array_pattern") \
  X(PairPattern, "pair_pattern") X(RestPattern, "rest_pattern")                                               \
  X(ObjectAssignmentPattern, "object_assignment_pattern")                                                      \
  X(ShorthandPropertyIdentifierPattern, "shorthand_property_identifier_pattern")                              \
  X(ShorthandPropertyIdentifier, "shorthand_property_identifier") X(Identifier, "identifier")                  \
  X(TypeIdentifier, "type_identifier") X(PropertyIdentifier, "property_identifier")                            \
  X(PrivatePropertyIdentifier, "private_property_identifier") X(ImportSpecifier, "import_specifier")           \
  X(ImportClause, "import_clause") X(NamespaceImport, "namespace_import")                                      \
  X(AssignmentExpression, "assignment_expression") X(AugmentedAssignmentExpression, "augmented_assignment_expression") \
  X(UpdateExpression, "update_expression") X(MemberExpression, "member_expression") X(This, "this")           \
  X(Number, "number") X(String, "string") X(TemplateString, "template_string") X(True, "true") X(False, "false") \
  X(Null, "null") X(Undefined, "undefined") X(Regex, "regex") X(Object, "object") X(Array, "array")           \
  X(Pair, "pair") X(BinaryExpression, "binary_expression") X(UnaryExpression, "unary_expression")             \
  X(TernaryExpression, "ternary_expression") X(ParenthesizedExpression, "parenthesized_expression")            \
  X(SequenceExpression, "sequence_expression") X(AsExpression, "as_expression")                                \
  X(SatisfiesExpression, "satisfies_expression") X(NonNullExpression, "non_null_expression")                  \
  X(TypeAssertion, "type_assertion") X(NewExpression, "new_expression") X(CallExpression, "call_expression")     \
  X(AmbientDeclaration, "ambient_declaration")

#define V8LINT_JS_FIELDS(X)                                                                                   \
  X(Name, "name") X(Value, "value") X(Left, "left") X(Right, "right") X(Operator, "operator")                  \
  X(Argument, "argument") X(Property, "property") X(Object, "object") X(Function, "function")                 \
  X(Constructor, "constructor") X(Key, "key") X(Kind, "kind") X(Parameter, "parameter") X(Pattern, "pattern") \
  X(Alias, "alias") X(Consequence, "consequence") X(Alternative, "alternative")

enum class Js : uint8_t {
  Other,
#define V8LINT_JS_ENUM(name, text) name,
  V8LINT_JS_NODE_KINDS(V8LINT_JS_ENUM)
#undef V8LINT_JS_ENUM
};

enum class JsField : uint8_t {
#define V8LINT_JS_FIELD_ENUM(name, text) name,
  V8LINT_JS_FIELDS(V8LINT_JS_FIELD_ENUM)
#undef V8LINT_JS_FIELD_ENUM
      Count
};

class NodeKinds {
 public:
  explicit NodeKinds(const TSLanguage* language);
  // Built once per grammar and shared: every file's walk needs one.
  static const NodeKinds& for_dialect(Dialect dialect);
  // Aliased symbols resolve by their visible name; ERROR and unknown symbols are Other.
  Js of(TSNode node) const { return of(ts_node_symbol(node)); }
  Js of(TSSymbol symbol) const { return symbol < by_symbol_.size() ? by_symbol_[symbol] : Js::Other; }
  // The child in a field, by an id looked up once (field names are compared as strings otherwise).
  TSNode child(TSNode node, JsField name) const { return field(node, field_ids_[static_cast<size_t>(name)]); }

 private:
  std::vector<Js> by_symbol_;
  std::array<TSFieldId, static_cast<size_t>(JsField::Count)> field_ids_{};
};

}  // namespace v8lint
