// unbounded-cache: a module-level Map, Set, object or array that request code
// adds entries to (and looks them up in, or never reads), but that nothing in
// the module ever deletes from, clears, bounds or replaces.
#pragma once

#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace v8lint {

class UnboundedCache : public Rule {
 public:
  static constexpr RuleMeta kMeta{"unbounded-cache", Severity::Warning,
                                  "Module-level Map/Set/object/array used as a cache that only ever grows"};
  void on_file_end(RuleContext& context) override;
};

}  // namespace v8lint
