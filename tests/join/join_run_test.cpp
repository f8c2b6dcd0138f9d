// The join's first step: both passes over one recorded program, one report.
#include "join/join_run.h"

#include <gtest/gtest.h>

#include "../trace/trace_test_support.h"
#include "join_test_support.h"

namespace v8lint::join {
namespace {
using namespace trace::testing_support;
using namespace join::testing_support;

TEST(JoinRun, LintsTheScriptsTheLogRanAndMergesBothPasses) {
  JoinOutcome outcome = run_join(corpus_request("megamorphic/logs/node22.v8.log.gz"));
  EXPECT_TRUE(outcome.errors.empty());
  EXPECT_EQ(outcome.logs_read, 1u);
  EXPECT_EQ(outcome.files_linted, 1u);  // main.js only: Node's internals are not the user's
  const Diagnostic* ic = find_diagnostic(outcome.diagnostics, "megamorphic-ic", 18, 12);
  ASSERT_NE(ic, nullptr);
  EXPECT_EQ(absolute_path(ic->location.path), kCorpus + "/megamorphic/main.js");
  const Diagnostic* order = find_diagnostic(outcome.diagnostics, "inconsistent-property-order", 24, 5);
  ASSERT_NE(order, nullptr);
  EXPECT_EQ(absolute_path(order->location.path), kCorpus + "/megamorphic/main.js");
  EXPECT_TRUE(std::is_sorted(outcome.diagnostics.begin(), outcome.diagnostics.end(), diagnostic_less));
}

TEST(JoinRun, GivenPathsReplaceTheTracedScripts) {
  JoinRequest request = corpus_request("megamorphic/logs/node22.v8.log.gz");
  request.lint.paths = {kCorpus + "/type-change/main.js"};
  JoinOutcome outcome = run_join(request);
  EXPECT_EQ(outcome.files_linted, 1u);
  EXPECT_EQ(find_diagnostic(outcome.diagnostics, "inconsistent-property-order", 24, 5), nullptr);
  EXPECT_NE(find_diagnostic(outcome.diagnostics, "megamorphic-ic", 18, 12), nullptr);
}

}  // namespace
}  // namespace v8lint::join
