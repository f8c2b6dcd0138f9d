#include "semantic/scope_model.h"

#include "semantic/scope_builder.h"

namespace v8lint {

ScopeModel::ScopeModel(const SyntaxTree& tree) : builder_(std::make_unique<ScopeModelBuilder>(tree, data_)) {}

ScopeModel::~ScopeModel() = default;

void ScopeModel::enter(const VisitedNode& visited) {
  if (builder_) builder_->enter(visited);
}

void ScopeModel::leave(TSNode node) {
  if (builder_) builder_->leave(node);
}

void ScopeModel::finish() {
  if (!builder_) return;
  builder_->finish();
  builder_.reset();
  index_values_by_binding();
}

// A stable counting sort: values keep their execution order within a binding.
void ScopeModel::index_values_by_binding() {
  value_offsets_.assign(data_.bindings.size() + 1, 0);
  for (const ValueAssignment& value : data_.values) {
    if (value.binding != kNone) ++value_offsets_[value.binding + 1];
  }
  for (size_t b = 1; b < value_offsets_.size(); ++b) value_offsets_[b] += value_offsets_[b - 1];
  values_by_binding_.resize(value_offsets_.back());
  std::vector<uint32_t> next(value_offsets_.begin(), value_offsets_.end() - 1);
  for (const ValueAssignment& value : data_.values) {
    if (value.binding != kNone) values_by_binding_[next[value.binding]++] = value;
  }
}

std::span<const ValueAssignment> ScopeModel::values_of(uint32_t binding) const {
  if (binding + 1 >= value_offsets_.size()) return {};
  return std::span<const ValueAssignment>(values_by_binding_)
      .subspan(value_offsets_[binding], value_offsets_[binding + 1] - value_offsets_[binding]);
}

}  // namespace v8lint
