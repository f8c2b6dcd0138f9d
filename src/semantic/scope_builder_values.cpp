// ScopeModelBuilder, second part: the kind of each expression, computed when
// the walk leaves it, and the values it gives to bindings and properties.
#include "semantic/scope_builder.h"

namespace v8lint {
namespace {

// The kind of a literal or function-like node, from its syntax alone.
ValueKind literal_kind(Js kind) {
  switch (kind) {
    case Js::String:
    case Js::TemplateString: return ValueKind::String;
    case Js::True:
    case Js::False: return ValueKind::Boolean;
    case Js::Null: return ValueKind::Null;
    case Js::Undefined: return ValueKind::Undefined;
    case Js::Regex:
    case Js::Object: return ValueKind::Object;
    case Js::Array: return ValueKind::Array;
    case Js::FunctionExpression:
    case Js::GeneratorFunction:
    case Js::ArrowFunction:
    case Js::Class: return ValueKind::Function;
    default: return ValueKind::Unknown;
  }
}

}  // namespace

// --- inference ---------------------------------------------------------------

ScopeModelBuilder::ExprInfo ScopeModelBuilder::infer(const Frame& frame) const {
  TSNode node = frame.node;
  ExprInfo info(node);
  switch (frame.kind) {
    case Js::Number: info.kind = tree_.text(node).ends_with('n') ? ValueKind::BigInt : ValueKind::Number; break;
    case Js::Identifier:
    case Js::ShorthandPropertyIdentifier: return infer_name(frame);
    case Js::MemberExpression: return infer_member(frame);
    case Js::ParenthesizedExpression:
    case Js::SequenceExpression:
    case Js::NonNullExpression:
    case Js::TypeAssertion:  // <T>x: the expression comes last
      if (parked_any(frame)) info.kind = child_kind(frame, ts_node_named_child(node, ts_node_named_child_count(node) - 1));
      break;
    case Js::AsExpression:
    case Js::SatisfiesExpression:
      if (parked_any(frame)) info.kind = child_kind(frame, ts_node_named_child(node, 0));
      break;
    case Js::UnaryExpression:
      info.kind = unary_kind(kind(child(node, JsField::Operator)), field_kind(frame, JsField::Argument));
      break;
    case Js::BinaryExpression: {
      std::string_view op = kind(child(node, JsField::Operator));
      bool operands = binary_kind_reads_operands(op);
      info.kind = binary_kind(op, operands ? field_kind(frame, JsField::Left) : ValueKind::Unknown,
                              operands ? field_kind(frame, JsField::Right) : ValueKind::Unknown);
      break;
    }
    case Js::TernaryExpression: {
      ValueKind yes = field_kind(frame, JsField::Consequence);
      info.kind = yes == field_kind(frame, JsField::Alternative) ? yes : ValueKind::Unknown;
      break;
    }
    case Js::AssignmentExpression: info.kind = field_kind(frame, JsField::Right); break;
    case Js::AugmentedAssignmentExpression:
      info.kind = compound_assignment_kind(kind(child(node, JsField::Operator)),
                                           kind_before(field_info(frame, JsField::Left)),
                                           field_kind(frame, JsField::Right));
      break;
    case Js::UpdateExpression:
      info.kind = unary_kind("++", kind_before(field_info(frame, JsField::Argument)));
      break;
    case Js::NewExpression: info.kind = infer_new(frame); break;
    case Js::CallExpression: info.kind = infer_call(frame); break;
    case Js::Pair: {
      TSNode key = child(node, JsField::Key);
      if (is(key, Js::PropertyIdentifier)) info.key = tree_.text(key);
      TSNode value = child(node, JsField::Value);
      info.kind = child_kind(frame, value);
      info.node = value;
      break;
    }
    default: info.kind = literal_kind(frame.kind); break;
  }
  return info;
}

ScopeModelBuilder::ExprInfo ScopeModelBuilder::infer_name(const Frame& frame) const {
  ExprInfo info(frame.node);
  if (frame.reference == kNone) return info;
  std::string_view name = data_.references[frame.reference].name;
  info.reference = frame.reference;
  info.binding = names_.visible(static_cast<uint32_t>(frame.reference));
  if (frame.kind == Js::ShorthandPropertyIdentifier) info.key = name;
  if (info.binding == kNone) {
    if (name == "NaN" || name == "Infinity") info.kind = ValueKind::Number;
  } else if (data_.bindings[info.binding].kind == BindingKind::Const || frame.feeds_binding == info.binding) {
    info.kind = last_kind_[info.binding];
  }
  return info;
}

// `x = x + 1`: the variable's latest value feeds its next one. Other uses of a
// `let` are not trusted: the latest value in source order need not be the one
// that flows there. Inherited from parent to child in O(1), so long operator
// chains cost nothing extra.
int32_t ScopeModelBuilder::assignment_fed_by(const Frame& frame, const Frame* parent) const {
  if (!parent) return kNone;
  switch (parent->kind) {
    case Js::BinaryExpression:
    case Js::UnaryExpression:
    case Js::ParenthesizedExpression:
    case Js::AsExpression:
    case Js::SatisfiesExpression:
    case Js::NonNullExpression:
    case Js::TypeAssertion: return parent->feeds_binding;
    case Js::AssignmentExpression: {
      if (!parked_any(*parent) || !is_child(parent->node, JsField::Right, frame.node)) return kNone;
      const ExprInfo* target = field_info(*parent, JsField::Left);  // left is done
      return target ? target->binding : kNone;  // only a plain name target carries a binding
    }
    default: return kNone;
  }
}

ScopeModelBuilder::ExprInfo ScopeModelBuilder::infer_member(const Frame& frame) const {
  ExprInfo info(frame.node);
  TSNode property = child(frame.node, JsField::Property);
  if (ts_node_is_null(property)) return info;
  info.key = tree_.text(property);
  TSNode object = child(frame.node, JsField::Object);
  if (is(object, Js::This)) {
    info.through_this = true;
  } else if (const ExprInfo* target = child_info(frame, object);
             target && target->reference != kNone && is(object, Js::Identifier)) {
    info.reference = target->reference;
    if (target->binding == kNone) info.global_object = tree_.text(object);
  }
  return info;
}

ValueKind ScopeModelBuilder::infer_call(const Frame& frame) const {
  if (!parked_any(frame)) return ValueKind::Unknown;
  TSNode callee = child(frame.node, JsField::Function);
  const ExprInfo* target = child_info(frame, callee);
  if (!target) return ValueKind::Unknown;
  if (is(callee, Js::Identifier))
    return target->binding == kNone ? builtin_call_kind("", tree_.text(callee)) : ValueKind::Unknown;
  if (!target->global_object.empty()) return builtin_call_kind(target->global_object, target->key);
  return ValueKind::Unknown;
}

ValueKind ScopeModelBuilder::infer_new(const Frame& frame) const {
  if (!parked_any(frame)) return ValueKind::Object;
  TSNode constructor = child(frame.node, JsField::Constructor);
  const ExprInfo* target = child_info(frame, constructor);
  bool global_array =
      target && is(constructor, Js::Identifier) && target->binding == kNone && tree_.text(constructor) == "Array";
  return global_array ? ValueKind::Array : ValueKind::Object;
}

// --- recording ---------------------------------------------------------------

void ScopeModelBuilder::record(const Frame& frame, const ExprInfo& info) {
  TSNode node = frame.node;
  switch (frame.kind) {
    case Js::VariableDeclarator: record_declarator(frame); break;
    case Js::AssignmentPattern: record_default(frame, child(node, JsField::Right)); break;
    case Js::RequiredParameter:
    case Js::OptionalParameter: record_default(frame, child(node, JsField::Value)); break;
    case Js::AssignmentExpression: record_write(frame, JsField::Left, ValueSource::Assignment, info.kind); break;
    case Js::AugmentedAssignmentExpression: record_write(frame, JsField::Left, ValueSource::Compound, info.kind); break;
    case Js::UpdateExpression: record_write(frame, JsField::Argument, ValueSource::Update, info.kind); break;
    case Js::Object: record_object_literal(frame); break;
    case Js::FieldDefinition:
    case Js::PublicFieldDefinition: record_field(frame); break;
    default: break;
  }
}

void ScopeModelBuilder::record_declarator(const Frame& frame) {
  if (frame.binding == kNone) return;
  TSNode value = child(frame.node, JsField::Value);
  if (!ts_node_is_null(value)) {
    add_value(frame.binding, kNone, ValueSource::Initializer, child_kind(frame, value), value);
  } else if (data_.bindings[frame.binding].kind == BindingKind::Let && !in_ambient_declaration()) {
    // `var x;` assigns nothing where it stands (x is undefined from the function's start),
    // and `declare let x: T;` describes a variable defined elsewhere.
    add_value(frame.binding, kNone, ValueSource::ImplicitUndefined, ValueKind::Undefined,
              child(frame.node, JsField::Name));
  }
}

void ScopeModelBuilder::record_default(const Frame& frame, TSNode value) {
  if (frame.binding == kNone || ts_node_is_null(value)) return;
  add_value(frame.binding, kNone, ValueSource::Default, child_kind(frame, value), value);
}

// The value is where it is given: the right-hand side of `x = v`; for `x += v` and `x++`, the whole expression.
void ScopeModelBuilder::record_write(const Frame& frame, JsField target_field, ValueSource source, ValueKind kind) {
  const ExprInfo* info = field_info(frame, target_field);
  if (!info) return;
  TSNode target = child(frame.node, target_field);
  TSNode value = source == ValueSource::Assignment ? child(frame.node, JsField::Right) : frame.node;
  if (is(target, Js::Identifier) && info->reference != kNone) {
    add_value(info->binding, info->reference, source, kind, value);
  } else if (is(target, Js::MemberExpression)) {
    record_property_write(*info, kind, value);
  }
}

void ScopeModelBuilder::record_property_write(const ExprInfo& target, ValueKind kind, TSNode value) {
  if (target.key.empty()) return;
  if (target.through_this) {
    if (this_owners_.empty()) return;
    const ThisOwner& owner = this_owners_.back();
    if (owner.class_index != kNone) {
      PropertySource how =
          owner.in_constructor ? PropertySource::ConstructorAssignment : PropertySource::MethodAssignment;
      data_.properties.push_back(PropertyWrite{target.key, owner.class_index, kNone, kNone, how, kind, value});
    } else if (owner.binding != kNone) {
      data_.properties.push_back(
          PropertyWrite{target.key, kNone, owner.binding, kNone, PropertySource::BindingAssignment, kind, value});
    }
  } else if (target.reference != kNone) {
    data_.properties.push_back(PropertyWrite{target.key, kNone, target.binding, target.reference,
                                             PropertySource::BindingAssignment, kind, value});
  }
}

// `const o = {count: 0}`: the object's properties are created with the binding.
void ScopeModelBuilder::record_object_literal(const Frame& frame) {
  const Frame* parent = parent_frame();
  if (!parent || parent->kind != Js::VariableDeclarator || parent->binding == kNone) return;
  for (size_t i = frame.pending_start; i < pending_.size(); ++i) {
    const ExprInfo& property = pending_[i];
    if (property.key.empty()) continue;
    data_.properties.push_back(PropertyWrite{property.key, kNone, parent->binding, kNone, PropertySource::ObjectLiteral,
                                             property.kind, property.node});
  }
}

void ScopeModelBuilder::record_field(const Frame& frame) {
  if (!frame.pushed_this) return;                      // static, or outside a class
  TSNode name = child(frame.node, JsField::Property);  // JS field_definition; TS public_field_definition: name
  if (ts_node_is_null(name)) name = child(frame.node, JsField::Name);
  if (!is(name, Js::PropertyIdentifier) && !is(name, Js::PrivatePropertyIdentifier)) return;
  TSNode value = child(frame.node, JsField::Value);
  ValueKind kind = ts_node_is_null(value) ? ValueKind::Undefined : child_kind(frame, value);
  data_.properties.push_back(PropertyWrite{tree_.text(name), this_owners_.back().class_index, kNone, kNone,
                                           PropertySource::FieldInitializer, kind,
                                           ts_node_is_null(value) ? frame.node : value});
}

void ScopeModelBuilder::add_value(int32_t binding, int32_t reference, ValueSource source, ValueKind kind, TSNode node) {
  data_.values.push_back(ValueAssignment{binding, reference, source, kind, node});
  if (binding != kNone) last_kind_[binding] = kind;
}

}  // namespace v8lint
