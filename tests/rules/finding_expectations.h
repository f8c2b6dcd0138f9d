// Expectations shared by the rule tests: exactly one finding, at a position,
// with a severity and a message that starts as given.
#pragma once

#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace v8lint {

// Wrap in ASSERT_NO_FATAL_FAILURE before reading found[0] further.
void expect_one_finding(const std::vector<Diagnostic>& found, Severity severity, Position start,
                        std::string_view message_start);

}  // namespace v8lint
