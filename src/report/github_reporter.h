// GitHub Actions workflow commands: one ::error/::warning/::notice annotation
// per finding, shown on the pull request's diff.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "report/report.h"

namespace v8lint {

// Workflow-command escaping: message data escapes %, CR and LF; property
// values also escape ':' and ','.
std::string escape_command_data(std::string_view text);
std::string escape_command_property(std::string_view text);

void write_github(const Report& report, std::ostream& out);

}  // namespace v8lint
