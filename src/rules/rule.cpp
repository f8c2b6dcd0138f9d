#include "rules/rule.h"

namespace v8lint {

RuleContext::RuleContext(const SyntaxTree& tree, const SemanticModel& model, std::string_view rule_id,
                         Severity severity, const nlohmann::json& options, std::vector<Diagnostic>& sink)
    : tree_(tree), model_(model), rule_id_(rule_id), severity_(severity), options_(options), sink_(sink) {}

Location RuleContext::location_of(TSNode node) const {
  return source().location(ts_node_start_byte(node), ts_node_end_byte(node));
}

RelatedLocation RuleContext::related(TSNode node, std::string message) const {
  return RelatedLocation{location_of(node), std::move(message)};
}

Diagnostic& RuleContext::report(TSNode node, std::string message, std::vector<RelatedLocation> related) {
  return report(node, severity_, std::move(message), std::move(related));
}

Diagnostic& RuleContext::report(TSNode node, Severity severity, std::string message,
                                std::vector<RelatedLocation> related) {
  Diagnostic& d = sink_.emplace_back();
  d.rule_id = std::string(rule_id_);
  d.severity = severity;
  d.message = std::move(message);
  d.location = location_of(node);
  d.related = std::move(related);
  return d;
}

}  // namespace v8lint
