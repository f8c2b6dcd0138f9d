#include "rules/rules_index.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "rules/registry.h"
#include "rules/rule_docs.h"

namespace v8lint {

TEST(RulesIndex, DocsPageIsInSyncWithTheRegistry) {
  std::ifstream in(std::string(V8LINT_SOURCE_DIR) + "/docs/rules.md");
  std::stringstream page;
  page << in.rdbuf();
  EXPECT_EQ(page.str(), rules_index_markdown()) << "regenerate: build/v8lint rules --markdown > docs/rules.md";
}

TEST(RulesIndex, EveryRegisteredRuleHasADoc) {
  for (const RuleEntry& entry : all_rules()) EXPECT_FALSE(rule_doc(entry.meta.id).empty()) << entry.meta.id;
}

TEST(RulesIndex, EveryDocBelongsToARegisteredRule) {
  for (const RuleDoc& doc : embedded_rule_docs()) EXPECT_NE(find_rule(doc.id), nullptr) << doc.id;
}

}  // namespace v8lint
