#include "rules/variable_type_change.h"

#include <string>
#include <vector>

#include "semantic/value_kind.h"

namespace v8lint {
namespace {

bool may_change(BindingKind kind) {
  return kind == BindingKind::Let || kind == BindingKind::Var || kind == BindingKind::Parameter;
}

}  // namespace

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
      std::string message = "`" + name + "` changes from " + std::string(value_kind_name(from)) + " to " +
                            std::string(value_kind_name(to)) + "; V8 must generalize its representation";
      RelatedLocation first = context.related(
          values[change.baseline].node, "`" + name + "` first holds " + std::string(value_kind_phrase(from)) + " here");
      Diagnostic& d = context.report(values[change.changed].node, std::move(message), {std::move(first)});
      d.properties = {{"variable", name},
                      {"fromKind", std::string(value_kind_name(from))},
                      {"toKind", std::string(value_kind_name(to))}};
    }
  }
}

}  // namespace v8lint
