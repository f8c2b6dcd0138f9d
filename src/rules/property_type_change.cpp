#include "rules/property_type_change.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "semantic/value_kind.h"

namespace v8lint {
namespace {

// Where the object's shape is decided: field initializers and object literals
// first, then the constructor, then everything later.
int creation_rank(PropertySource source) {
  switch (source) {
    case PropertySource::FieldInitializer:
    case PropertySource::ObjectLiteral: return 0;
    case PropertySource::ConstructorAssignment: return 1;
    case PropertySource::MethodAssignment:
    case PropertySource::BindingAssignment: break;
  }
  return 2;
}

// All writes to one property of one class's instances or of one binding's object.
using PropertyKey = std::tuple<bool, int32_t, std::string_view>;  // (through a class?, class or binding, name)

// A variable given one object literal and never reassigned: `o.x` always means that object.
bool holds_one_object(const ScopeModel& scopes, int32_t binding) {
  return binding != kNone && scopes.values_of(static_cast<uint32_t>(binding)).size() == 1;
}

// Each write of a parameter (`this.x = x`) stands for the arguments its call
// sites pass (`new Point(1, 2)`, `new Point('far', 2)`), each at the argument.
std::vector<PropertyWrite> with_arguments(const SemanticModel& model, const CallArguments& arguments) {
  std::vector<PropertyWrite> writes;
  for (const PropertyWrite& write : model.scopes().properties()) {
    int32_t parameter = model.bindings().binding_of(write.node);
    std::span<const ArgumentValue> passed;
    if (parameter != kNone) passed = arguments.of(static_cast<uint32_t>(parameter));
    if (passed.empty()) {
      writes.push_back(write);
      continue;
    }
    for (const ArgumentValue& argument : passed) {
      PropertyWrite through = write;
      through.kind = argument.kind;
      through.node = argument.node;
      writes.push_back(through);
    }
  }
  return writes;
}

std::map<PropertyKey, std::vector<const PropertyWrite*>> writes_by_property(const ScopeModel& scopes,
                                                                           const std::vector<PropertyWrite>& all) {
  std::map<PropertyKey, std::vector<const PropertyWrite*>> groups;
  for (const PropertyWrite& write : all) {
    bool through_class = write.class_index != kNone;
    if (!through_class && !holds_one_object(scopes, write.binding)) continue;
    int32_t owner = through_class ? write.class_index : write.binding;
    groups[{through_class, owner, write.name}].push_back(&write);
  }
  return groups;
}

std::string owner_name(const ScopeModel& scopes, const PropertyWrite& write) {
  if (write.class_index == kNone) {
    std::string text = "`";
    return text.append(scopes.bindings()[write.binding].name).append("`");
  }
  std::string_view name = scopes.classes()[write.class_index].name;
  if (name.empty()) return "an anonymous class";
  std::string text = "class `";
  return text.append(name).append("`");
}

}  // namespace

// The finding sits on the value written with the new kind; the related
// location is the first value of the original kind (normally the creation).
void PropertyTypeChange::on_node(RuleContext& context, TSNode node) { calls_.add(context.tree(), node); }

void PropertyTypeChange::on_file_end(RuleContext& context) {
  const ScopeModel& scopes = context.model().scopes();
  KindPolicy policy = KindPolicy::from_options(context.options());
  std::vector<PropertyWrite> all = with_arguments(context.model(), CallArguments(context.tree(), context.model(), calls_));
  for (auto& [key, writes] : writes_by_property(scopes, all)) {
    std::stable_sort(writes.begin(), writes.end(), [](const PropertyWrite* a, const PropertyWrite* b) {
      return creation_rank(a->source) < creation_rank(b->source);
    });
    if (creation_rank(writes.front()->source) == 2) continue;  // added later, never created: a shape question
    std::vector<ValueKind> kinds;
    kinds.reserve(writes.size());
    for (const PropertyWrite* write : writes) kinds.push_back(write->kind);
    for (const KindChange& change : kind_changes(kinds, policy)) {
      const PropertyWrite& first = *writes[change.baseline];
      std::string name(first.name);
      ValueKind to = writes[change.changed]->kind;
      std::string message = "property `" + name + "` of " + owner_name(scopes, first) + " changes from " +
                            std::string(value_kind_name(first.kind)) + " to " + std::string(value_kind_name(to)) +
                            "; V8 must generalize the field and deprecate the object's map";
      RelatedLocation created = context.related(
          first.node, "`" + name + "` first holds " + std::string(value_kind_phrase(first.kind)) + " here");
      Diagnostic& d = context.report(writes[change.changed]->node, std::move(message), {std::move(created)});
      d.properties = {{"property", name},
                      {"fromKind", std::string(value_kind_name(first.kind))},
                      {"toKind", std::string(value_kind_name(to))}};
    }
  }
}

}  // namespace v8lint
