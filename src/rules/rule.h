// The interface every static rule implements, and the per-file context it
// reports through. One instance of each enabled rule is created per file, so
// rules may keep per-file state in members; files are linted in parallel.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <tree_sitter/api.h>

#include "core/diagnostic.h"
#include "core/source_text.h"
#include "semantic/semantic_model.h"
#include "syntax/syntax_tree.h"

namespace v8lint {

struct RuleMeta {
  std::string_view id;
  Severity default_severity;
  std::string_view summary;  // one line, for `v8lint rules` and SARIF shortDescription
};

class RuleContext {
 public:
  RuleContext(const SyntaxTree& tree, const SemanticModel& model, std::string_view rule_id, Severity severity,
              const nlohmann::json& options, std::vector<Diagnostic>& sink);

  const SyntaxTree& tree() const { return tree_; }
  const SourceText& source() const { return tree_.source(); }
  const SemanticModel& model() const { return model_; }
  // The rule's options object from the configuration ({} when none were given).
  const nlohmann::json& options() const { return options_; }
  Severity severity() const { return severity_; }

  Location location_of(TSNode node) const;
  RelatedLocation related(TSNode node, std::string message) const;
  Diagnostic& report(TSNode node, std::string message, std::vector<RelatedLocation> related = {});
  // For rules whose severity depends on the finding (e.g. a note below one limit, a warning above another).
  Diagnostic& report(TSNode node, Severity severity, std::string message, std::vector<RelatedLocation> related = {});

 private:
  const SyntaxTree& tree_;
  const SemanticModel& model_;
  std::string_view rule_id_;
  Severity severity_;
  const nlohmann::json& options_;
  std::vector<Diagnostic>& sink_;
};

class Rule {
 public:
  virtual ~Rule() = default;
  // Node kinds (tree-sitter type names) this rule wants to see on the single walk.
  virtual std::vector<std::string_view> subscribed_kinds() const { return {}; }
  // Called on entering each subscribed node. The semantic model is still being
  // built at this point: rules that need the whole file collect here and decide
  // in on_file_end.
  virtual void on_node(RuleContext& context, TSNode node) { (void)context, (void)node; }
  // Called once after the walk, when the semantic model is complete.
  virtual void on_file_end(RuleContext& context) { (void)context; }
};

}  // namespace v8lint
