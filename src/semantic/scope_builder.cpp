// ScopeModelBuilder, first part: scopes, names and declarations on enter,
// the bookkeeping on leave, and the queries both parts share.
#include "semantic/scope_builder.h"

namespace v8lint {
namespace {

bool has_keyword(TSNode node, std::string_view keyword) {
  uint32_t count = ts_node_child_count(node);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode child = ts_node_child(node, i);
    if (!ts_node_is_named(child) && kind(child) == keyword) return true;
  }
  return false;
}

bool same_node(TSNode a, TSNode b) { return a.id == b.id && ts_node_start_byte(a) == ts_node_start_byte(b); }

bool is_function_like(Js kind) {
  switch (kind) {
    case Js::FunctionDeclaration:
    case Js::GeneratorFunctionDeclaration:
    case Js::FunctionExpression:
    case Js::GeneratorFunction:
    case Js::ArrowFunction:
    case Js::MethodDefinition:
    case Js::ClassStaticBlock: return true;
    default: return false;
  }
}

}  // namespace

ScopeModelBuilder::ScopeModelBuilder(const SyntaxTree& tree, ScopeData& data)
    : tree_(tree), data_(data), kinds_(NodeKinds::for_dialect(tree.dialect())), names_(data) {}

// --- enter -------------------------------------------------------------------

void ScopeModelBuilder::enter(const VisitedNode& visited) {
  if (!visited.named) return;
  Frame frame{visited.node, kinds_.of(visited.symbol), static_cast<uint32_t>(pending_.size())};
  const Frame* parent = frames_.empty() ? nullptr : &frames_.back();
  frame.feeds_binding = assignment_fed_by(frame, parent);
  if (std::optional<ScopeKind> scope = scope_opened_by(frame.kind, parent ? parent->kind : Js::Other))
    open_scope(frame, *scope);
  track_this(frame, parent);
  const Js parent_kind = parent ? parent->kind : Js::Other;  // push_back below may move the frames
  frames_.push_back(frame);
  switch (frame.kind) {
    case Js::TypeIdentifier:  // a type, unless it names a TS class
      if (parent_kind == Js::ClassDeclaration || parent_kind == Js::AbstractClassDeclaration ||
          parent_kind == Js::Class)
        on_name(frames_.back());
      break;
    case Js::Identifier:
    case Js::ShorthandPropertyIdentifier:
    case Js::ShorthandPropertyIdentifierPattern: on_name(frames_.back()); break;
    default: break;
  }
}

std::optional<ScopeKind> ScopeModelBuilder::scope_opened_by(Js kind, Js parent) {
  if (is_function_like(kind)) return ScopeKind::Function;
  switch (kind) {
    case Js::Program: return ScopeKind::Program;
    case Js::ClassDeclaration:
    case Js::AbstractClassDeclaration:
    case Js::Class: return ScopeKind::Class;
    // A function's body shares the scope of its parameters.
    case Js::StatementBlock: return is_function_like(parent) ? std::nullopt : std::optional(ScopeKind::Block);
    case Js::SwitchBody: return ScopeKind::Block;
    case Js::CatchClause: return ScopeKind::Catch;
    case Js::ForStatement:
    case Js::ForInStatement: return ScopeKind::For;
    // Parameters of TS signatures and function types get a scope of their own.
    case Js::FormalParameters: return is_function_like(parent) ? std::nullopt : std::optional(ScopeKind::Function);
    default: return std::nullopt;
  }
}

// Keeps the stack of classes and of whose instance `this` is: the class's in
// its instance methods, constructor and field initializers; none in plain
// functions and static members; arrows keep the enclosing one.
void ScopeModelBuilder::track_this(Frame& frame, const Frame* parent) {
  switch (frame.kind) {
    case Js::ClassDeclaration:
    case Js::AbstractClassDeclaration:
    case Js::Class:
      data_.classes.push_back(ClassInfo{frame.node, field_text(frame.node, JsField::Name)});
      class_stack_.push_back(static_cast<uint32_t>(data_.classes.size() - 1));
      frame.pushed_class = true;
      break;
    case Js::FunctionDeclaration:
    case Js::GeneratorFunctionDeclaration:
    case Js::FunctionExpression:
    case Js::GeneratorFunction:
    case Js::ClassStaticBlock: push_this_owner(frame, ThisOwner{}); break;
    case Js::MethodDefinition:
    case Js::FieldDefinition:
    case Js::PublicFieldDefinition: {
      bool instance_member =
          parent && parent->kind == Js::ClassBody && !class_stack_.empty() && !has_keyword(frame.node, "static");
      if (instance_member) {
        bool constructor = frame.kind == Js::MethodDefinition && field_text(frame.node, JsField::Name) == "constructor";
        push_this_owner(frame, ThisOwner{static_cast<int32_t>(class_stack_.back()), kNone, constructor});
      } else if (frame.kind == Js::MethodDefinition) {  // static fields are not on instances: no owner change
        push_this_owner(frame, ThisOwner{kNone, literal_binding(parent), false});
      }
      break;
    }
    default: break;
  }
}

void ScopeModelBuilder::open_scope(Frame& frame, ScopeKind kind) {
  int32_t parent = scope_stack_.empty() ? kNone : static_cast<int32_t>(scope_stack_.back());
  data_.scopes.push_back(Scope{kind, parent, frame.node});
  scope_stack_.push_back(static_cast<uint32_t>(data_.scopes.size() - 1));
  names_.open_scope(scope_stack_.back());
  frame.opened_scope = true;
}

// `const o = { m() {} }`: the binding whose object literal `parent` is, if it is one.
int32_t ScopeModelBuilder::literal_binding(const Frame* parent) const {
  if (!parent || parent->kind != Js::Object || frames_.size() < 2) return kNone;
  const Frame& holder = frames_[frames_.size() - 2];
  return holder.kind == Js::VariableDeclarator ? holder.binding : kNone;
}

void ScopeModelBuilder::push_this_owner(Frame& frame, ThisOwner owner) {
  this_owners_.push_back(owner);
  frame.pushed_this = true;
}

void ScopeModelBuilder::on_name(Frame& frame) {
  std::string_view name = tree_.text(frame.node);
  if (name.empty() || scope_stack_.empty()) return;  // a MISSING node, or a fragment outside any program
  NameUse use = classify_name();
  if (use.role == NameUse::Role::Declaration) {
    on_declared_name(frame, use, name);
    return;
  }
  if (frame.kind == Js::TypeIdentifier) return;  // in a class, but not its name: a type
  frame.reference = static_cast<int32_t>(names_.refer(name, scope_stack_.back(), frame.node));
  if (use.role != NameUse::Role::AssignmentTarget) return;
  const Frame& root = frames_[use.root_frame];
  if (root.kind == Js::AssignmentExpression && use.direct) return;  // `x = v`: recorded when left
  // Destructuring assignment `[a, b] = ...`, or a loop head without a declaration `for (k in o)`.
  add_value(names_.visible(static_cast<uint32_t>(frame.reference)), frame.reference, loop_or_destructuring(root, use),
            loop_or_destructuring_kind(root, use), frame.node);
}

// Climbs from the identifier through destructuring patterns to the node that
// says what the pattern does: declare (and how), or assign.
ScopeModelBuilder::NameUse ScopeModelBuilder::classify_name() const {
  size_t below = frames_.size() - 1;
  while (below > 0) {
    size_t p = below - 1;
    const Frame& parent = frames_[p];
    TSNode node = frames_[below].node;
    switch (parent.kind) {
      case Js::ObjectPattern:
      case Js::ArrayPattern:
      case Js::RestPattern: break;
      case Js::PairPattern:
        if (!is_child(parent.node, JsField::Value, node)) return {};
        break;
      case Js::AssignmentPattern:
      case Js::ObjectAssignmentPattern:
        if (!is_child(parent.node, JsField::Left, node)) return {};
        break;
      case Js::RequiredParameter:
      case Js::OptionalParameter:
        if (!is_child(parent.node, JsField::Pattern, node)) return {};
        break;
      default: return declaration_in(p, below);
    }
    below = p;
  }
  return {};
}

// `root` is the first non-pattern ancestor; `below` its child on the way to the name.
ScopeModelBuilder::NameUse ScopeModelBuilder::declaration_in(size_t root, size_t below) const {
  const Frame& frame = frames_[root];
  TSNode node = frames_[below].node;
  bool direct = below == frames_.size() - 1;
  auto declared = [&](BindingKind kind) { return NameUse{NameUse::Role::Declaration, kind, root, direct}; };
  auto assigned = [&] { return NameUse{NameUse::Role::AssignmentTarget, BindingKind::Var, root, direct}; };
  switch (frame.kind) {
    case Js::VariableDeclarator:
      if (!is_child(frame.node, JsField::Name, node) || root == 0) return {};
      return declared(declarator_kind(frames_[root - 1].node));
    case Js::FormalParameters: return declared(BindingKind::Parameter);
    case Js::ArrowFunction:
      return is_child(frame.node, JsField::Parameter, node) ? declared(BindingKind::Parameter) : NameUse{};
    case Js::CatchClause:
      return is_child(frame.node, JsField::Parameter, node) ? declared(BindingKind::CatchParameter) : NameUse{};
    case Js::ForInStatement:
      if (!is_child(frame.node, JsField::Left, node)) return {};
      return ts_node_is_null(child(frame.node, JsField::Kind)) ? assigned() : declared(declarator_kind(frame.node));
    case Js::AssignmentExpression: return is_child(frame.node, JsField::Left, node) ? assigned() : NameUse{};
    case Js::FunctionDeclaration:
    case Js::GeneratorFunctionDeclaration:
    case Js::FunctionExpression:
    case Js::GeneratorFunction:
      return is_child(frame.node, JsField::Name, node) ? declared(BindingKind::Function) : NameUse{};
    case Js::ClassDeclaration:
    case Js::AbstractClassDeclaration:
    case Js::Class: return is_child(frame.node, JsField::Name, node) ? declared(BindingKind::Class) : NameUse{};
    case Js::ImportSpecifier: {
      TSNode alias = child(frame.node, JsField::Alias);
      bool is_local_name = ts_node_is_null(alias) ? is_child(frame.node, JsField::Name, node) : ts_node_eq(alias, node);
      return is_local_name ? declared(BindingKind::Import) : NameUse{};
    }
    case Js::ImportClause:
    case Js::NamespaceImport: return declared(BindingKind::Import);
    default: return {};
  }
}

void ScopeModelBuilder::on_declared_name(Frame& frame, const NameUse& use, std::string_view name) {
  const Frame& root = frames_[use.root_frame];
  int32_t binding = static_cast<int32_t>(declare(name, use.kind, declaration_scope(use.kind, root.kind), frame.node));
  size_t depth = frames_.size();
  Frame& parent = frames_[depth - 2];
  bool parameter_with_default = (parent.kind == Js::AssignmentPattern || parent.kind == Js::RequiredParameter ||
                                 parent.kind == Js::OptionalParameter) &&
                                depth >= 3 && frames_[depth - 3].kind == Js::FormalParameters;
  if (parent.kind == Js::VariableDeclarator || parameter_with_default) {
    parent.binding = binding;  // its initializer or default is known when the parent is left
    return;
  }
  bool valued_elsewhere =
      use.kind != BindingKind::Var && use.kind != BindingKind::Let && use.kind != BindingKind::Const;
  if (use.direct && valued_elsewhere) return;  // parameters, catch parameters, functions, classes, imports
  add_value(binding, kNone, loop_or_destructuring(root, use), loop_or_destructuring_kind(root, use), frame.node);
}

ValueSource ScopeModelBuilder::loop_or_destructuring(const Frame& root, const NameUse& use) {
  return root.kind == Js::ForInStatement && use.direct ? ValueSource::LoopHead : ValueSource::Destructuring;
}

// `for (k in o)` gives k the keys of o: strings. Everything else is whatever the source holds.
ValueKind ScopeModelBuilder::loop_or_destructuring_kind(const Frame& root, const NameUse& use) const {
  bool keys = root.kind == Js::ForInStatement && use.direct && field_text(root.node, JsField::Operator) == "in";
  return keys ? ValueKind::String : ValueKind::Unknown;
}

uint32_t ScopeModelBuilder::declare(std::string_view name, BindingKind kind, uint32_t scope, TSNode identifier) {
  auto [binding, created] = names_.declare(name, kind, scope, identifier);
  if (created) last_kind_.push_back(ValueKind::Unknown);
  return binding;
}

uint32_t ScopeModelBuilder::declaration_scope(BindingKind kind, Js declaring_node) const {
  bool names_outer_scope = declaring_node == Js::FunctionDeclaration ||
                           declaring_node == Js::GeneratorFunctionDeclaration ||
                           declaring_node == Js::ClassDeclaration || declaring_node == Js::AbstractClassDeclaration;
  if (names_outer_scope && scope_stack_.size() >= 2) return scope_stack_[scope_stack_.size() - 2];
  if (kind != BindingKind::Var) return scope_stack_.back();
  for (auto it = scope_stack_.rbegin(); it != scope_stack_.rend(); ++it) {
    ScopeKind scope_kind = data_.scopes[*it].kind;
    if (scope_kind == ScopeKind::Function || scope_kind == ScopeKind::Program) return *it;
  }
  return scope_stack_.front();
}

// --- leave -------------------------------------------------------------------

void ScopeModelBuilder::leave(TSNode node) {
  // Only named nodes opened a frame (enter); an unnamed one is not the top frame's node.
  if (frames_.empty() || frames_.back().node.id != node.id) return;
  Frame frame = frames_.back();
  frames_.pop_back();
  ExprInfo info = infer(frame);
  record(frame, info);
  pending_.erase(pending_.begin() + frame.pending_start, pending_.end());
  if (frame.opened_scope) {
    names_.close_scope(scope_stack_.back());
    scope_stack_.pop_back();
  }
  if (frame.pushed_this) this_owners_.pop_back();
  if (frame.pushed_class) class_stack_.pop_back();
  bool informative = info.kind != ValueKind::Unknown || info.reference != kNone || info.binding != kNone ||
                     info.through_this || !info.key.empty();
  if (!frames_.empty() && informative) pending_.push_back(info);
}

// --- queries -----------------------------------------------------------------

TSNode ScopeModelBuilder::child(TSNode node, JsField name) const { return kinds_.child(node, name); }

bool ScopeModelBuilder::is_child(TSNode parent, JsField name, TSNode node) const {
  TSNode found = child(parent, name);
  return !ts_node_is_null(found) && ts_node_eq(found, node);
}

bool ScopeModelBuilder::is(TSNode node, Js kind) const { return !ts_node_is_null(node) && kinds_.of(node) == kind; }

BindingKind ScopeModelBuilder::declarator_kind(TSNode declaration) const {
  std::string_view keyword = field_text(declaration, JsField::Kind);  // none: `var`, or a `for (var ...` head
  if (keyword == "const") return BindingKind::Const;
  if (keyword == "let") return BindingKind::Let;
  return BindingKind::Var;
}

std::string_view ScopeModelBuilder::field_text(TSNode node, JsField name) const {
  TSNode found = child(node, name);
  return ts_node_is_null(found) ? std::string_view() : tree_.text(found);
}

const ScopeModelBuilder::ExprInfo* ScopeModelBuilder::child_info(const Frame& frame, TSNode child) const {
  if (ts_node_is_null(child)) return nullptr;
  for (size_t i = frame.pending_start; i < pending_.size(); ++i) {
    if (same_node(pending_[i].node, child)) return &pending_[i];
  }
  return nullptr;
}

ValueKind ScopeModelBuilder::child_kind(const Frame& frame, TSNode child) const {
  const ExprInfo* info = child_info(frame, child);
  return info ? info->kind : ValueKind::Unknown;
}

const ScopeModelBuilder::ExprInfo* ScopeModelBuilder::field_info(const Frame& frame, JsField name) const {
  return parked_any(frame) ? child_info(frame, child(frame.node, name)) : nullptr;
}

ValueKind ScopeModelBuilder::field_kind(const Frame& frame, JsField name) const {
  const ExprInfo* info = field_info(frame, name);
  return info ? info->kind : ValueKind::Unknown;
}

// What a variable holds before `x += v` / `x++`: the kind of the latest value
// given to it on the walk (source order; branches are not told apart).
ValueKind ScopeModelBuilder::kind_before(const ExprInfo* target) const {
  return target && target->binding != kNone ? last_kind_[target->binding] : ValueKind::Unknown;
}

// Called when a declarator is left: its declaration list is the innermost open node.
bool ScopeModelBuilder::in_ambient_declaration() const {
  return frames_.size() >= 2 && frames_[frames_.size() - 2].kind == Js::AmbientDeclaration;
}

const ScopeModelBuilder::Frame* ScopeModelBuilder::parent_frame() const {
  return frames_.empty() ? nullptr : &frames_.back();
}

// Assignments and property writes name their target by reference: take the
// binding the reference resolved to once every declaration is known.
void ScopeModelBuilder::finish() {
  for (ValueAssignment& value : data_.values) {
    if (value.reference != kNone) value.binding = data_.references[value.reference].binding;
  }
  for (PropertyWrite& write : data_.properties) {
    if (write.reference != kNone) write.binding = data_.references[write.reference].binding;
  }
}

}  // namespace v8lint
