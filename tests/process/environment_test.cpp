// The child's environment: v8lint's own, the shim's directory first on PATH.
#include "process/environment.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace v8lint::process {
namespace {

TEST(Environment, PathGetsTheDirectoryFirstAndTheRestIsKept) {
  ::setenv("V8LINT_ENVIRONMENT_TEST", "a=b c", 1);
  std::vector<std::string> environment = environment_with_path_first("/tmp/run x/bin", "/usr/bin:/bin");
  ::unsetenv("V8LINT_ENVIRONMENT_TEST");
  EXPECT_EQ(std::count_if(environment.begin(), environment.end(),
                          [](const std::string& entry) { return entry.starts_with("PATH="); }),
            1);
  EXPECT_NE(std::find(environment.begin(), environment.end(), "PATH=/tmp/run x/bin:/usr/bin:/bin"), environment.end());
  EXPECT_NE(std::find(environment.begin(), environment.end(), "V8LINT_ENVIRONMENT_TEST=a=b c"), environment.end());
}

}  // namespace
}  // namespace v8lint::process
