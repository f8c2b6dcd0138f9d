// Type deopts whose cause is in another module, on the recorded logs of
// corpus/trace/cross-module (Node 18, 20, 22, 24, 26).
#include <gtest/gtest.h>

#include <algorithm>

#include "../trace/trace_test_support.h"
#include "files/ignore_list.h"
#include "join_test_support.h"

namespace v8lint::join {
namespace {
using namespace trace::testing_support;
using namespace testing_support;

std::string corpus_file(const std::string& name) { return normal_absolute_path(kCorpus + "/cross-module/" + name); }

bool in_file(const Location& at, const std::string& name) { return normal_absolute_path(at.path) == corpus_file(name); }

const Diagnostic* find_in(const std::vector<Diagnostic>& found, const std::string& rule, const std::string& file,
                          Position at) {
  auto d = std::find_if(found.begin(), found.end(), [&](const Diagnostic& d) {
    return d.rule_id == rule && in_file(d.location, file) && d.location.start == at;
  });
  return d == found.end() ? nullptr : &*d;
}

// The deopt in `file` names its one cause in main.js, with related locations
// both ways, and nothing in labels.js (an unrelated module with its own area()).
void expect_cause_in_main(const std::vector<Diagnostic>& found, const std::string& file, Position deopt_at,
                          Position cause_at) {
  SCOPED_TRACE(file);
  const Diagnostic* deopt = find_in(found, "deopt", file, deopt_at);
  ASSERT_NE(deopt, nullptr);
  EXPECT_EQ(text_property(*deopt, "reason"), "not a Smi");
  EXPECT_EQ(text_property(*deopt, "cause_rule"), "variable-type-change");
  EXPECT_EQ(normal_absolute_path(text_property(*deopt, "cause_file")), corpus_file("main.js"));
  EXPECT_EQ(int_property(*deopt, "cause_line"), cause_at.line);
  EXPECT_EQ(int_property(*deopt, "cause_column"), cause_at.column);
  EXPECT_EQ(int_property(*deopt, "causes"), 1);
  std::string where = "main.js:" + std::to_string(cause_at.line) + ":" + std::to_string(cause_at.column);
  EXPECT_TRUE(deopt->message.ends_with("; likely cause: variable-type-change at " + where)) << deopt->message;
  EXPECT_TRUE(std::any_of(deopt->related.begin(), deopt->related.end(), [&](const RelatedLocation& r) {
    return in_file(r.location, "main.js") && r.location.start == cause_at && r.message.starts_with("likely cause");
  }));
  EXPECT_TRUE(std::none_of(deopt->related.begin(), deopt->related.end(),
                           [](const RelatedLocation& r) { return in_file(r.location, "labels.js"); }));

  const Diagnostic* cause = find_in(found, "variable-type-change", "main.js", cause_at);
  ASSERT_NE(cause, nullptr);
  EXPECT_EQ(int_property(*cause, "deopts_caused"), 1);
  EXPECT_TRUE(std::any_of(cause->related.begin(), cause->related.end(), [&](const RelatedLocation& r) {
    return in_file(r.location, file) && r.location.start == deopt_at &&
           r.message == "V8 deoptimized optimized code here because of this (not a Smi)";
  }));
}

// area() (geometry.js, `export function`, imported by main.js) deopts at
// `w * h` (5:12) because main.js passes '4' (47:49: measurePhase('4', 3) ->
// measure(w, h) -> area(w, h)); scale() (scale.cjs, `exports.scale`,
// required by main.js) at `x * k` (6:12) because of '6' (48:47).
TEST(CrossModuleDeopts, TheCauseInTheCallingModuleIsLinkedOnEveryNodeVersion) {
  for_every_node_version("cross-module", [](int, const JoinOutcome& outcome) {
    expect_cause_in_main(outcome.diagnostics, "geometry.js", {5, 12}, {47, 49});
    expect_cause_in_main(outcome.diagnostics, "scale.cjs", {6, 12}, {48, 47});
  });
}

// labels.js has its own area(), fed a string and a number through label():
// by name alone it would look like a cause of geometry.js's deopt. It is not
// linked, so its cause-only variable-type-change finding is dropped.
TEST(CrossModuleDeopts, TheSameNamedFunctionOfAnUnrelatedModuleIsNotLinked) {
  for_every_node_version("cross-module", [](int, const JoinOutcome& outcome) {
    EXPECT_TRUE(std::none_of(outcome.diagnostics.begin(), outcome.diagnostics.end(),
                             [](const Diagnostic& d) { return in_file(d.location, "labels.js"); }));
  });
}

}  // namespace
}  // namespace v8lint::join
