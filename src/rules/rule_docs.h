// rules/<id>.md, embedded at build time (cmake/embed_rule_docs.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace v8lint {

struct RuleDoc {
  std::string_view id;
  std::string_view markdown;
};

const std::vector<RuleDoc>& embedded_rule_docs();
// The doc of one rule; empty when the rule has none.
std::string_view rule_doc(std::string_view id);
// The doc's first paragraph under its title: SARIF fullDescription.
std::string rule_doc_description(std::string_view id);

}  // namespace v8lint
