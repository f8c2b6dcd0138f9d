#include "finding_expectations.h"

#include <gtest/gtest.h>

namespace v8lint {

void expect_one_finding(const std::vector<Diagnostic>& found, Severity severity, Position start,
                        std::string_view message_start) {
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, severity);
  EXPECT_EQ(found[0].location.start, start);
  EXPECT_TRUE(found[0].message.starts_with(message_start)) << found[0].message;
}

}  // namespace v8lint
