// Walk-time state of the ScopeModel: the stack of open nodes and scopes, and
// the kinds of just-finished child expressions. Only scope_model.cpp uses it;
// scope_builder.cpp holds scopes and names, scope_builder_values.cpp kinds and values.
//
// Expression kinds are computed bottom-up without recursion: when a node is
// left, its children have already been left and parked their ExprInfo on
// `pending_`; the node combines them, drops them, and parks its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

#include "semantic/name_resolver.h"
#include "semantic/node_kinds.h"
#include "semantic/scope_model.h"
#include "syntax/syntax_tree.h"

namespace v8lint {

class ScopeModelBuilder {
 public:
  ScopeModelBuilder(const SyntaxTree& tree, ScopeData& data);

  void enter(const VisitedNode& visited);
  void leave(TSNode node);
  // Called after the walk: every declaration is known.
  void finish();

 private:
  struct Frame {
    TSNode node;
    Js kind;
    uint32_t pending_start;
    int32_t binding = kNone;        // declared by this node's direct identifier child (declarator, parameter)
    int32_t reference = kNone;      // this node is an identifier that refers to a binding
    int32_t feeds_binding = kNone;  // this node computes the value assigned to that binding: `x = <x + 1>`
    bool opened_scope = false;
    bool pushed_this = false;
    bool pushed_class = false;
  };

  struct ExprInfo {
    explicit ExprInfo(TSNode expression) : node(expression) {}
    TSNode node;
    ValueKind kind = ValueKind::Unknown;
    int32_t reference = kNone;       // identifier: its reference; `o.x`: the reference of `o`
    int32_t binding = kNone;         // identifier: the binding visible when it was seen
    bool through_this = false;       // `this.x`
    std::string_view key;            // `o.x`, `{x: 1}`, `{x}`: the property name
    std::string_view global_object;  // `Math.floor`: "Math", when `Math` is not a local name
  };

  // What `this` is in the function being walked: an instance of a class, or
  // the object literal held by a binding (in its shorthand methods).
  struct ThisOwner {
    int32_t class_index = kNone;
    int32_t binding = kNone;
    bool in_constructor = false;
  };

  // How an identifier is used, found by climbing through enclosing patterns.
  struct NameUse {
    enum class Role : uint8_t { Reference, Declaration, AssignmentTarget } role = Role::Reference;
    BindingKind kind = BindingKind::Var;
    size_t root_frame = 0;  // the declarator / parameter list / loop / assignment the pattern belongs to
    bool direct = false;    // the identifier is the whole target, not part of a destructuring pattern
  };

  // enter
  static std::optional<ScopeKind> scope_opened_by(Js kind, Js parent);
  void track_this(Frame& frame, const Frame* parent);
  void open_scope(Frame& frame, ScopeKind kind);
  void push_this_owner(Frame& frame, ThisOwner owner);
  int32_t literal_binding(const Frame* parent) const;
  void on_name(Frame& frame);
  NameUse classify_name() const;
  NameUse declaration_in(size_t root, size_t below) const;
  void on_declared_name(Frame& frame, const NameUse& use, std::string_view name);
  static ValueSource loop_or_destructuring(const Frame& root, const NameUse& use);
  ValueKind loop_or_destructuring_kind(const Frame& root, const NameUse& use) const;
  uint32_t declare(std::string_view name, BindingKind kind, uint32_t scope, TSNode identifier);
  uint32_t declaration_scope(BindingKind kind, Js declaring_node) const;

  // leave
  ExprInfo infer(const Frame& frame) const;
  ExprInfo infer_name(const Frame& frame) const;
  int32_t assignment_fed_by(const Frame& frame, const Frame* parent) const;
  ExprInfo infer_member(const Frame& frame) const;
  ValueKind infer_call(const Frame& frame) const;
  ValueKind infer_new(const Frame& frame) const;
  void record(const Frame& frame, const ExprInfo& info);
  void record_declarator(const Frame& frame);
  void record_default(const Frame& frame, TSNode value);
  void record_write(const Frame& frame, JsField target, ValueSource source, ValueKind kind);
  void record_property_write(const ExprInfo& target, ValueKind kind, TSNode value);
  void record_object_literal(const Frame& frame);
  void record_field(const Frame& frame);
  void add_value(int32_t binding, int32_t reference, ValueSource source, ValueKind kind, TSNode node);

  // queries
  TSNode child(TSNode node, JsField name) const;
  bool is_child(TSNode parent, JsField name, TSNode node) const;
  bool is(TSNode node, Js kind) const;
  std::string_view field_text(TSNode node, JsField name) const;  // empty when there is no such child
  BindingKind declarator_kind(TSNode declaration) const;
  const ExprInfo* child_info(const Frame& frame, TSNode child) const;
  ValueKind child_kind(const Frame& frame, TSNode child) const;
  // Whether any child of the frame's node parked an ExprInfo. When none did, the
  // lookups below answer without asking the tree for the child (a first-time
  // field lookup scans the node's children: the costliest step of `infer`).
  bool parked_any(const Frame& frame) const { return frame.pending_start < pending_.size(); }
  const ExprInfo* field_info(const Frame& frame, JsField name) const;
  ValueKind field_kind(const Frame& frame, JsField name) const;
  ValueKind kind_before(const ExprInfo* target) const;
  bool in_ambient_declaration() const;
  const Frame* parent_frame() const;  // the innermost open node

  const SyntaxTree& tree_;
  ScopeData& data_;
  const NodeKinds& kinds_;
  std::vector<Frame> frames_;
  std::vector<ExprInfo> pending_;
  std::vector<uint32_t> scope_stack_;
  std::vector<ThisOwner> this_owners_;
  std::vector<uint32_t> class_stack_;
  NameResolver names_;
  std::vector<ValueKind> last_kind_;  // per binding: the kind of the latest value seen on the walk
};

}  // namespace v8lint
