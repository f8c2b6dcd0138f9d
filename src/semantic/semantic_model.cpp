#include "semantic/semantic_model.h"

namespace v8lint {

SemanticModel::SemanticModel(const SyntaxTree& tree, const HotConfig& hot) : scopes_(tree), functions_(tree, hot) {}

void SemanticModel::enter(const VisitedNode& visited) {
  scopes_.enter(visited);
  functions_.enter(visited);
}

void SemanticModel::leave(TSNode node) {
  scopes_.leave(node);
  functions_.leave(node);
}

void SemanticModel::finish() {
  scopes_.finish();
  functions_.finish();
  bindings_.emplace(scopes_);
}

}  // namespace v8lint
