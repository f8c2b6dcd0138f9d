// Scopes, bindings, references resolved to bindings, and every value given to
// a binding or to an object property, each with its inferred ValueKind.
//
// Built on the single walk (enter/leave per node, no recursion) and complete
// after finish(): references are re-resolved as later declarations appear
// (semantic/name_resolver.h), so hoisted `var` and function declarations, and
// closures that use a later `const`, resolve right.
// Everything is plain data indexed by position in the vectors below.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "semantic/value_kind.h"
#include "syntax/syntax_tree.h"

namespace v8lint {

inline constexpr int32_t kNone = -1;

enum class ScopeKind : uint8_t { Program, Function, Block, Class, Catch, For };

struct Scope {
  ScopeKind kind;
  int32_t parent;  // kNone for the program scope
  TSNode node;
};

enum class BindingKind : uint8_t { Var, Let, Const, Function, Class, Parameter, CatchParameter, Import };

struct Binding {
  std::string_view name;
  BindingKind kind;
  uint32_t scope;
  TSNode identifier;  // the first declaring identifier
};

struct Reference {
  std::string_view name;
  uint32_t scope;
  TSNode identifier;
  int32_t binding = kNone;  // kNone: a global (or undeclared) name
};

enum class ValueSource : uint8_t {
  Initializer,        // let x = value
  ImplicitUndefined,  // let x;
  Default,            // function f(x = value)
  Assignment,         // x = value
  Compound,           // x += value
  Update,             // x++
  Destructuring,      // const {x} = o, [x] = a: kind unknown
  LoopHead,           // for (const x of xs), for (const k in o)
};

// One value given to a binding. `node` is where the value is: the initializer
// or right-hand side; the whole expression for compound assignments and
// updates; the declaring identifier for implicit, destructured and loop values.
struct ValueAssignment {
  int32_t binding;    // resolved; kNone when the target is a global
  int32_t reference;  // the target reference for assignments; kNone for declarations
  ValueSource source;
  ValueKind kind;
  TSNode node;
};

struct ClassInfo {
  TSNode node;
  std::string_view name;  // empty for anonymous class expressions
};

enum class PropertySource : uint8_t {
  FieldInitializer,       // class C { count = 0 } (no initializer: undefined)
  ConstructorAssignment,  // constructor() { this.count = 0 }
  MethodAssignment,       // inc() { this.count = 'many' }
  ObjectLiteral,          // const o = {count: 0}
  BindingAssignment,      // o.count = 'x', or this.count = 'x' in a method of o's object literal
};

// A value written to a named property, either of the instances of a class
// (through `this`) or of the object held by a binding (through the binding, or
// `this` in a shorthand method of the binding's object literal).
struct PropertyWrite {
  std::string_view name;
  int32_t class_index;  // kNone unless written through `this` / a field
  int32_t binding;      // kNone unless written through a binding (resolved)
  int32_t reference;    // the object reference for BindingAssignment, else kNone
  PropertySource source;
  ValueKind kind;
  TSNode node;  // the value written (for an uninitialised field: the field)
};

struct ScopeData {
  std::vector<Scope> scopes;
  std::vector<Binding> bindings;
  std::vector<Reference> references;
  std::vector<ValueAssignment> values;  // in execution order within a file (leave order)
  std::vector<ClassInfo> classes;
  std::vector<PropertyWrite> properties;
};

class ScopeModelBuilder;

class ScopeModel {
 public:
  explicit ScopeModel(const SyntaxTree& tree);
  ~ScopeModel();
  ScopeModel(const ScopeModel&) = delete;
  ScopeModel& operator=(const ScopeModel&) = delete;

  void enter(const VisitedNode& visited);
  void leave(TSNode node);
  // Completes assignment targets and indexes values by binding; drops walk-time state.
  void finish();

  const std::vector<Scope>& scopes() const { return data_.scopes; }
  const std::vector<Binding>& bindings() const { return data_.bindings; }
  const std::vector<Reference>& references() const { return data_.references; }
  const std::vector<ValueAssignment>& values() const { return data_.values; }
  const std::vector<ClassInfo>& classes() const { return data_.classes; }
  const std::vector<PropertyWrite>& properties() const { return data_.properties; }
  // The values given to one binding, in execution order (after finish()).
  std::span<const ValueAssignment> values_of(uint32_t binding) const;

 private:
  void index_values_by_binding();

  ScopeData data_;
  std::vector<ValueAssignment> values_by_binding_;
  std::vector<uint32_t> value_offsets_;  // values_by_binding_[offsets[b], offsets[b+1]) belong to b
  std::unique_ptr<ScopeModelBuilder> builder_;
};

}  // namespace v8lint
