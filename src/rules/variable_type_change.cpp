#include "rules/variable_type_change.h"

#include <string>
#include <vector>

namespace v8lint {
namespace {

bool may_change(BindingKind kind) {
  return kind == BindingKind::Let || kind == BindingKind::Var || kind == BindingKind::Parameter;
}

struct ChangeText {
  std::string message;     // at the value of the new kind
  std::string first_note;  // at the first value of the original kind
};

void report_change(RuleContext& context, const std::string& name, TSNode first, TSNode changed, ValueKind from,
                   ValueKind to, ChangeText text) {
  Diagnostic& d = context.report(changed, std::move(text.message), {context.related(first, std::move(text.first_note))});
  d.properties = {{"variable", name},
                  {"fromKind", std::string(value_kind_name(from))},
                  {"toKind", std::string(value_kind_name(to))}};
}

}  // namespace

void VariableTypeChange::on_node(RuleContext& context, TSNode node) { calls_.add(context.tree(), node); }

// The finding sits on the argument that brings the new kind, with the first
// argument of the original kind as related location.
void VariableTypeChange::report_arguments(RuleContext& context, const NamedCalls& calls, KindPolicy policy) {
  const ScopeModel& scopes = context.model().scopes();
  CallArguments arguments(context.tree(), context.model(), calls);
  for (uint32_t b = 0; b < scopes.bindings().size(); ++b) {
    if (scopes.bindings()[b].kind != BindingKind::Parameter) continue;
    std::span<const ArgumentValue> values = arguments.of(b);
    std::vector<ValueKind> kinds;
    for (const ArgumentValue& value : values) kinds.push_back(value.kind);
    for (const KindChange& change : kind_changes(kinds, policy)) {
      std::string name(scopes.bindings()[b].name);
      std::string_view from = value_kind_phrase(kinds[change.baseline]), to = value_kind_phrase(kinds[change.changed]);
      report_change(context, name, values[change.baseline].node, values[change.changed].node, kinds[change.baseline],
                    kinds[change.changed],
                    {"parameter `" + name + "` is passed " + std::string(to) + " here and " + std::string(from) +
                         " elsewhere; V8 must generalize its representation",
                     "`" + name + "` is passed " + std::string(from) + " here"});
    }
  }
}

// The finding sits on the value that brings the new kind (the initializer or
// right-hand side; the whole expression for `+=` and `++`), with the first
// value of the original kind as related location.
void VariableTypeChange::on_file_end(RuleContext& context) {
  const ScopeModel& scopes = context.model().scopes();
  KindPolicy policy = KindPolicy::from_options(context.options());
  const std::vector<Binding>& bindings = scopes.bindings();
  for (uint32_t b = 0; b < bindings.size(); ++b) {
    if (!may_change(bindings[b].kind)) continue;
    std::span<const ValueAssignment> values = scopes.values_of(b);
    std::vector<ValueKind> kinds;
    kinds.reserve(values.size());
    for (const ValueAssignment& value : values) kinds.push_back(value.kind);
    for (const KindChange& change : kind_changes(kinds, policy)) {
      std::string name(bindings[b].name);
      ValueKind from = kinds[change.baseline];
      ValueKind to = kinds[change.changed];
      report_change(context, name, values[change.baseline].node, values[change.changed].node, from, to,
                    {"`" + name + "` changes from " + std::string(value_kind_name(from)) + " to " +
                         std::string(value_kind_name(to)) + "; V8 must generalize its representation",
                     "`" + name + "` first holds " + std::string(value_kind_phrase(from)) + " here"});
    }
  }
  report_arguments(context, calls_, policy);
}

}  // namespace v8lint
