// delete-property: `delete obj.prop` / `delete obj[key]` on an object used as a
// record (fixed keys), which drops it from fast hidden-class mode into a slow
// dictionary. Objects that are dictionaries already are left alone.
#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

#include "rules/rule.h"

namespace v8lint {

class DeleteProperty : public Rule {
 public:
  // Off by default: 10 of 14 right on server code after its fixes (docs/rules-precision.md).
  static constexpr RuleMeta kMeta{"delete-property", Severity::Off,
                                  "`delete` on a property of an object used as a record turns it into a slow dictionary"};
  std::vector<std::string_view> subscribed_kinds() const override {
    return {"unary_expression", "member_expression", "subscript_expression", "call_expression"};
  }
  void on_node(RuleContext& context, TSNode node) override;
  void on_file_end(RuleContext& context) override;

 private:
  struct Access {
    TSNode object;  // the identifier before `.` or `[`
    bool computed;  // `o[k]` with a non-literal key
  };
  std::vector<TSNode> deletes_;  // the `delete` expressions
  std::vector<Access> accesses_;
  std::unordered_set<uint64_t> called_members_;  // byte spans of callees `o.m` in `o.m()`
};

// `delete a[i]` with a numeric index leaves a hole in an array: reported by
// holey-array, not as a property deletion.
bool deletes_array_element(TSNode target);

}  // namespace v8lint
